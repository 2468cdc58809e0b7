package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.HttpHeaders;
import dev.carerecord.sdk.core.http.LogOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Masks what must not reach a log: NHS numbers (any run of exactly ten digits, and the 3-3-4 forms separated by
 * spaces, hyphens, {@code +} or {@code %20}), every query parameter value, credentials, and the values of
 * headers not allow-listed. Thread-safe.
 */
public final class Redactor {
    /** What a masked value is replaced by. */
    public static final String MASK = "***";

    private static final Pattern NHS_NUMBER = Pattern.compile(
            "(?<![0-9])(?:[0-9]{10}|[0-9]{3}(?: |-|\\+|%20)[0-9]{3}(?: |-|\\+|%20)[0-9]{4})(?![0-9])");
    private static final Set<String> CREDENTIALS = caseInsensitive("Authorization", "Proxy-Authorization", "Cookie",
            "Set-Cookie", "apikey", "X-Api-Key", "NHSD-Session-URID");

    private final LogOptions options;

    public Redactor(LogOptions options) {
        this.options = options;
    }

    /** {@code text} with every NHS-number-like digit run masked (always, whatever the options). */
    public static String maskNhsNumbers(String text) {
        if (text == null) {
            return null;
        }
        return NHS_NUMBER.matcher(text).replaceAll("**********");
    }

    /** {@code text} with identifiers masked, unless the options turned identifier redaction off. */
    public String text(String text) {
        return options.redactIdentifiers() ? maskNhsNumbers(text) : text;
    }

    /** {@code url} with every query value masked, and identifiers masked in the path. */
    public String url(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        StringBuilder out = new StringBuilder(text(path));
        if (query >= 0) {
            out.append('?');
            String[] pairs = url.substring(query + 1).split("&", -1);
            for (int i = 0; i < pairs.length; i++) {
                if (i > 0) {
                    out.append('&');
                }
                int eq = pairs[i].indexOf('=');
                String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
                out.append(maskNhsNumbers(name));
                if (eq >= 0) {
                    out.append('=').append(options.redactIdentifiers() ? MASK : pairs[i].substring(eq + 1));
                }
            }
        }
        return out.toString();
    }

    /** The headers as {@code {Name: value, ...}}: credentials and headers not allow-listed are masked. */
    public String headers(HttpHeaders headers) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(header.getKey()).append(": ").append(headerValue(header.getKey(), value));
            }
        }
        return out.append('}').toString();
    }

    /** One header value as it may be logged. */
    public String headerValue(String name, String value) {
        if (CREDENTIALS.contains(name) || !options.allowedHeaders().contains(name)) {
            return MASK;
        }
        return text(value);
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
