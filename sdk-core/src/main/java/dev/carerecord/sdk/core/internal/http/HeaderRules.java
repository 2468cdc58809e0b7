package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/** Checks on header names and values, applied before anything is sent. */
public final class HeaderRules {
    /** Headers the JDK transport sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";

    private HeaderRules() {
    }

    /**
     * Checks one header.
     *
     * @throws InvalidInputException if the name is not an HTTP token, is one the transport sets itself, or the
     *     value holds a line break (header injection), another control character or a character beyond Latin-1
     *     (which the JDK transport would refuse only once the call was under way)
     */
    public static void check(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException("headers", "a header name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 32 || c >= 127 || SEPARATORS.indexOf(c) >= 0) {
                throw new InvalidInputException("headers", "a header name holds a character not allowed");
            }
        }
        if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("headers", name + " is set by the transport and cannot be given");
        }
        if (value == null) {
            throw new InvalidInputException("headers", "the value of " + name + " is missing");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new InvalidInputException("headers", "the value of " + name + " holds a line break");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 32 && c != '\t') || c == 127 || c > 255) {
                // the value itself is not repeated: it may be anything the caller put there
                throw new InvalidInputException("headers", "the value of " + name
                        + " holds a control character or a character beyond Latin-1");
            }
        }
    }
}
