package dev.carerecord.sdk.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic identifiers: the same patient and local key always give the same UUID. */
public final class Ids {
    private Ids() {
    }

    /** A name-based UUID for {@code parts} joined by '/'. */
    public static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
