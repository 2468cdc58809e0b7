package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a raw URL string into the {@link URI} sent, without normalising or re-encoding it: GP Connect embeds a
 * whole {@code https://...} provider URL in the Spine Secure Proxy path and the proxy rejects any change to it.
 * Only characters that cannot appear in a URI on the wire (e.g. {@code |} in FHIR token searches, spaces,
 * non-ASCII) are percent-encoded (UTF-8), as any browser would; everything else goes out byte for byte.
 */
public final class RawUrl {
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=%";

    private RawUrl() {
    }

    /**
     * The URI for {@code raw}.
     *
     * @throws InvalidInputException if it is missing, not absolute http(s) with a host, or has a fragment
     */
    public static URI parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("url", "is missing");
        }
        URI uri;
        try {
            if (raw.chars().anyMatch(c -> c > 127)) {
                throw new URISyntaxException(raw, "non-ASCII characters go out percent-encoded");
            }
            uri = new URI(raw);
        } catch (URISyntaxException first) {
            try {
                uri = new URI(escapeIllegal(raw));
            } catch (URISyntaxException e) {
                throw new InvalidInputException("url", "is not a valid URL (" + e.getReason() + ")");
            }
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("url", "must be an absolute http or https URL");
        }
        if (uri.getHost() == null) {
            throw new InvalidInputException("url", "has no host");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "must not have a fragment");
        }
        return uri;
    }

    /** The origin ({@code scheme://host:port}) of {@code uri}. */
    public static String origin(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String escapeIllegal(String raw) {
        int authorityEnd = authorityEnd(raw);
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean bracketInHost = (c == '[' || c == ']') && i < authorityEnd;
            if (isAsciiAlphaNum(c) || bracketInHost || (ALLOWED.indexOf(c) >= 0 && c != '%')) {
                out.append(c);
            } else if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static int authorityEnd(String raw) {
        int start = raw.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int slash = raw.indexOf('/', start + 3);
        return slash < 0 ? raw.length() : slash;
    }

    private static boolean isAsciiAlphaNum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
