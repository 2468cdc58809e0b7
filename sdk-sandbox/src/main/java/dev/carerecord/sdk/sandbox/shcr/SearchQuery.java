package dev.carerecord.sdk.sandbox.shcr;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed search: criteria (repeated parameters AND, comma-separated values OR), {@code _include}s, page size
 * and whether only the total is wanted. Unknown parameters and unsupported result parameters are ignored (and
 * left out of the self link) unless the client sent {@code Prefer: handling=strict}, which turns them into a
 * 400. Unsupported modifiers and malformed values are always a 400.
 */
final class SearchQuery {
    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 50;
    /** Result parameters a real server may offer that this one does not. */
    private static final Set<String> UNSUPPORTED = Set.of("_revinclude", "_sort", "_elements", "_total",
            "_contained", "_containedType", "_has", "_text", "_content", "_list", "_query", "_filter", "_type",
            "_security", "_tag", "_profile", "_source");
    private static final List<String> DATE_PREFIXES = List.of("eq", "ne", "gt", "lt", "ge", "le", "sa", "eb");
    /** Parameters that never change results and are accepted silently. */
    private static final Set<String> HARMLESS = Set.of("_pretty", "_format");

    /** One criterion: a parameter, an optional modifier and its OR-ed values. */
    record Criterion(SearchParam param, String modifier, List<String> values) {
    }

    /** {@code _include} of {@code sourceType:param[:targetType]}, optionally iterating over included resources. */
    record Include(String sourceType, SearchParam param, String targetType, boolean iterate) {
        String text() {
            return sourceType + ":" + param.name() + (targetType == null ? "" : ":" + targetType);
        }
    }

    final ResourceType type;
    final List<Criterion> criteria = new ArrayList<>();
    final List<Include> includes = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    int count = DEFAULT_COUNT;
    boolean countOnly;

    private SearchQuery(ResourceType type) {
        this.type = type;
    }

    static SearchQuery parse(ResourceType type, Map<String, List<String>> query, boolean strict) {
        SearchQuery q = new SearchQuery(type);
        query.forEach((name, values) -> values.forEach(value -> q.add(name, value, strict)));
        return q;
    }

    private void add(String name, String value, boolean strict) {
        if (HARMLESS.contains(name)) {
            return;
        }
        if (name.equals("_count")) {
            count(value);
            return;
        }
        if (name.equals("_summary")) {
            if (value.equals("count")) {
                countOnly = true;
                applied.add(pair(name, value));
            } else if (!value.equals("false")) {
                ignore(strict, "_summary=" + value + " is not supported (only _summary=count)");
            }
            return;
        }
        if (name.equals("_include") || name.startsWith("_include:")) {
            include(name, value, strict);
            return;
        }
        if (UNSUPPORTED.contains(name) || UNSUPPORTED.contains(name.split(":", 2)[0])) {
            ignore(strict, "Search result parameter " + name + " is not supported by this server");
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        int colon = name.indexOf(':');
        String paramName = colon < 0 ? name : name.substring(0, colon);
        String modifier = colon < 0 ? null : name.substring(colon + 1);
        SearchParam param = type.param(paramName).orElse(null);
        if (param == null) {
            ignore(strict, "Unknown search parameter \"" + paramName + "\" for resource type \"" + type.name
                    + "\". Valid search parameters for this search are: "
                    + type.params().stream().map(SearchParam::name).sorted().toList());
            return;
        }
        checkModifier(param, modifier);
        List<String> alternatives = split(value);
        if (param.kind() == SearchParam.Kind.DATE) {
            alternatives.forEach(SearchQuery::checkDate);
        }
        criteria.add(new Criterion(param, modifier, alternatives));
        applied.add(pair(name, value));
    }

    private void count(String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ShcrError.invalid("Invalid _count value: " + value);
        }
        if (n < 0) {
            throw ShcrError.invalid("Invalid _count value: " + value);
        }
        count = Math.min(n, MAX_COUNT);
        if (n == 0) {
            countOnly = true;
        }
        applied.add(pair("_count", Integer.toString(count)));
    }

    private void include(String name, String value, boolean strict) {
        boolean iterate = name.equals("_include:iterate") || name.equals("_include:recurse");
        if (!name.equals("_include") && !iterate) {
            throw ShcrError.invalid("Unknown _include modifier in " + name);
        }
        String[] parts = value.split(":");
        ResourceType source = parts.length >= 2 ? ResourceTypes.type(parts[0]).orElse(null) : null;
        SearchParam param = source == null ? null : source.param(parts[1])
                .filter(p -> p.kind() == SearchParam.Kind.REFERENCE).orElse(null);
        String target = parts.length == 3 ? parts[2] : null;
        boolean valid = param != null && parts.length <= 3 && (iterate || source == type)
                && (target == null || param.targets().contains(target));
        if (!valid) {
            ignore(strict, "_include=" + value + " is not supported for " + type.name + " searches");
            return;
        }
        includes.add(new Include(source.name, param, target, iterate));
        applied.add(pair(name, value));
    }

    private static void checkModifier(SearchParam param, String modifier) {
        if (modifier == null) {
            return;
        }
        if (param.kind() == SearchParam.Kind.REFERENCE && param.targets().contains(modifier)) {
            return;
        }
        throw ShcrError.invalid("Unsupported modifier :" + modifier + " on search parameter " + param.name());
    }

    private static void checkDate(String value) {
        if (hasPrefix(value) && !DATE_PREFIXES.contains(value.substring(0, 2))) {
            throw ShcrError.invalid("Unsupported date prefix in \"" + value + "\" (supported: " + DATE_PREFIXES
                    + ")");
        }
        String date = hasPrefix(value) ? value.substring(2) : value;
        if (DateRange.parse(date).isEmpty()) {
            throw ShcrError.invalid("Invalid date/time format: \"" + value + "\"");
        }
    }

    static boolean hasPrefix(String value) {
        return value.length() > 2 && Character.isLetter(value.charAt(0)) && Character.isLetter(value.charAt(1));
    }

    private static void ignore(boolean strict, String message) {
        if (strict) {
            throw ShcrError.invalid(message);
        }
    }

    /** Splits on commas not escaped with a backslash, then removes the escapes. */
    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == ',') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    static String pair(String name, String value) {
        return encode(name).replace("%3A", ":") + "=" + encode(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The query string of the applied parameters (for the self link). */
    String selfQuery() {
        return String.join("&", applied);
    }
}
