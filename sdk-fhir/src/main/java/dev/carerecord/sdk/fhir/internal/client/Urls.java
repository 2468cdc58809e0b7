package dev.carerecord.sdk.fhir.internal.client;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * URL helpers for the FHIR clients: base URL checks, query encoding (RFC 3986: {@code |} as {@code %7C},
 * space as {@code %20}, {@code *} as {@code %2A}), and origin comparison for following server links. Not part of
 * the public API.
 */
public final class Urls {
    private Urls() {
    }

    /**
     * {@code value} if it is an absolute http(s) URL with a host, without a query or fragment, with any trailing
     * '/' removed.
     *
     * @throws InvalidInputException otherwise
     */
    public static String requireBaseUrl(String value, String field) {
        String url = requireHttpUrl(value, field);
        URI uri = URI.create(url);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException(field, "must not have a query or fragment");
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /**
     * {@code value} if it is an absolute http(s) URL with a host, unchanged.
     *
     * @throws InvalidInputException otherwise
     */
    public static String requireHttpUrl(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is missing");
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(field, "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "is not a valid URL");
        }
        return url;
    }

    /** {@code value} percent-encoded for a query (space as {@code %20}, {@code *} and {@code ~} as RFC 3986 wants). */
    public static String encode(String value) {
        Objects.requireNonNull(value, "value");
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static final java.util.regex.Pattern ABSOLUTE =
            java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$", java.util.regex.Pattern.DOTALL);

    /**
     * {@code scheme://host:port} of {@code url} (default ports made explicit, lower case), if it is an absolute
     * http(s) URL. Read from the raw text, so links holding characters a URI may not (a raw {@code |}) still
     * have an origin; user info before an {@code @} is not the host.
     */
    public static Optional<String> origin(String url) {
        if (url == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = ABSOLUTE.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        String authority = m.group(2);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = "";
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (rest.startsWith(":")) {
                port = rest.substring(1);
            } else if (!rest.isEmpty()) {
                return Optional.empty();
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (host.isEmpty() || !port.matches("\\d{0,5}")) {
            return Optional.empty();
        }
        String effectivePort = port.isEmpty() ? (scheme.equals("https") ? "443" : "80")
                : String.valueOf(Integer.parseInt(port));
        return Optional.of(scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + effectivePort);
    }

    /**
     * {@code link} made absolute against {@code base} when relative ({@code /path} against the base's origin,
     * anything else against the base itself); returned only when it has the same origin as {@code base}.
     */
    public static Optional<String> sameOrigin(String base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        String text = link.strip();
        Optional<String> baseOrigin = origin(base);
        if (baseOrigin.isEmpty()) {
            return Optional.empty();
        }
        String absolute;
        if (ABSOLUTE.matcher(text).matches()) {
            absolute = text;
        } else if (text.startsWith("//")) {
            return Optional.empty();
        } else if (text.startsWith("/")) {
            java.util.regex.Matcher m = ABSOLUTE.matcher(base);
            if (!m.matches()) {
                return Optional.empty();
            }
            absolute = m.group(1) + "://" + m.group(2) + text;
        } else {
            absolute = base + "/" + text;
        }
        return origin(absolute).filter(baseOrigin.get()::equals).map(o -> absolute);
    }
}
