package dev.carerecord.sdk.sandbox.pds;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PDS patient search: validates the parameters as PDS does (unknown parameter, too few parameters, bad values,
 * wildcards) and scores matches (1.0 exact, lower for wildcards, history and fuzzy matches). Restricted patients
 * never match a search that uses a postcode or a GP.
 */
final class PdsSearch {
    private static final Set<String> ALLOWED = Set.of("family", "given", "gender", "birthdate", "death-date",
            "address-postalcode", "address-postcode", "general-practitioner", "email", "phone", "_fuzzy-match",
            "_exact-match", "_history", "_max-results");

    /** A matching patient and its score. */
    record Match(Demographics patient, double score) {
    }

    /** The matches (best first) and the result limit the caller asked for. */
    record Result(List<Match> matches, int maxResults) {
    }

    private final SandboxRequest request;
    private final boolean fuzzy;
    private final boolean history;

    private PdsSearch(SandboxRequest request) {
        this.request = request;
        this.fuzzy = bool("_fuzzy-match");
        this.history = bool("_history");
    }

    static Result search(SandboxRequest request) {
        if (request.query().isEmpty()) {
            throw new PdsError(400, "error", "not-supported", "UNSUPPORTED_SERVICE", "Unsupported Service",
                    "No search parameters were provided");
        }
        for (String name : request.query().keySet()) {
            if (!ALLOWED.contains(name)) {
                throw new PdsError(400, "error", "structure", "ADDITIONAL_PROPERTIES", "Additional properties",
                        "Invalid request with error - Additional properties are not allowed ('" + name + "' was unexpected)");
            }
        }
        return new PdsSearch(request).run();
    }

    private Result run() {
        int max = maxResults();
        boolean exact = bool("_exact-match");
        if (request.param("address-postalcode") != null && request.param("address-postcode") != null) {
            throw PdsError.invalidSearch("address-postalcode and address-postcode may not both be used");
        }
        String gender = request.param("gender");
        if (gender != null && !Set.of("male", "female", "other", "unknown").contains(gender)) {
            throw PdsError.invalidValue("Invalid value - '" + gender + "' in field 'gender'");
        }
        List<LocalDate[]> birth = dateBounds("birthdate");
        List<LocalDate[]> death = dateBounds("death-date");
        String postcode = request.param("address-postalcode") != null ? request.param("address-postalcode")
                : request.param("address-postcode");
        List<String> given = request.params("given");
        String family = request.param("family");
        for (String value : concat(given, family, postcode)) {
            int star = value.indexOf('*');
            if (star >= 0 && (star < 2 || fuzzy)) {
                throw PdsError.invalidSearch("Wildcards must follow at least two characters and cannot be used with a fuzzy search");
            }
        }
        checkEnoughParameters(family, given, gender, birth, postcode);
        String gp = request.param("general-practitioner");
        List<Match> matches = new ArrayList<>();
        for (Demographics d : Catalogue.patients()) {
            if (d.restricted() && (postcode != null || gp != null)) {
                continue;
            }
            double score = 1.0;
            score = Math.min(score, nameScore(family, d.family(), d.previousFamily()));
            for (String g : given) {
                score = Math.min(score, d.given().stream().mapToDouble(n -> nameScore(g, n, null)).max().orElse(0));
            }
            if (gender != null && !gender.equals(d.gender())) {
                score = 0;
            }
            if (!inBounds(birth, d.birthDate()) || !inBounds(death, d.isDeceased() ? d.deceased().toLocalDate() : null)) {
                score = 0;
            }
            if (postcode != null && (d.restricted() || wildcard(normalise(postcode), normalise(d.address().postcode())) == 0)) {
                score = 0;
            }
            if (gp != null && !gp.equalsIgnoreCase(d.practiceOds())) {
                score = 0;
            }
            if (request.param("email") != null && !request.param("email").equalsIgnoreCase(d.email())) {
                score = 0;
            }
            if (request.param("phone") != null && (d.phone() == null
                    || !normalise(request.param("phone")).equals(normalise(d.phone())))) {
                score = 0;
            }
            if (score > 0 && (!exact || score >= 1.0)) {
                matches.add(new Match(d, score));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.patient().nhsNumber()));
        return new Result(matches, max);
    }

    private void checkEnoughParameters(String family, List<String> given, String gender, List<LocalDate[]> birth,
                                       String postcode) {
        boolean hasFamily = family != null;
        boolean hasGiven = !given.isEmpty();
        boolean hasBirth = !birth.isEmpty();
        boolean enough = fuzzy
                ? (hasGiven && hasFamily && hasBirth) || (hasFamily && hasBirth && gender != null && postcode != null)
                        || (hasGiven && hasBirth && gender != null && postcode != null)
                : hasFamily && hasBirth;
        if (!enough) {
            throw PdsError.invalidSearch("Not enough search parameters were provided to be able to make a match");
        }
    }

    /** 1 for an exact match, 0.9 for a wildcard match, 0.8 for a historic surname, 0.75 for a fuzzy one, else 0. */
    private double nameScore(String query, String current, String previous) {
        if (query == null) {
            return 1.0;
        }
        double score = wildcard(query.toLowerCase(Locale.ROOT), current.toLowerCase(Locale.ROOT));
        if (score == 0 && history && previous != null) {
            score = wildcard(query.toLowerCase(Locale.ROOT), previous.toLowerCase(Locale.ROOT)) > 0 ? 0.8 : 0;
        }
        if (score == 0 && fuzzy && similar(query.toLowerCase(Locale.ROOT), current.toLowerCase(Locale.ROOT))) {
            score = 0.75;
        }
        return score;
    }

    private static double wildcard(String query, String value) {
        if (query.endsWith("*")) {
            return value.startsWith(query.substring(0, query.length() - 1)) ? 0.9 : 0;
        }
        return query.equals(value) ? 1.0 : 0;
    }

    /** Same first letter and at most two edits apart. */
    private static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()] <= 2;
    }

    private List<LocalDate[]> dateBounds(String name) {
        List<LocalDate[]> bounds = new ArrayList<>();
        for (String value : request.params(name)) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            String date = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(2) : value;
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw PdsError.invalidValue("Invalid value - '" + value + "' in field '" + name + "'");
            }
            bounds.add(switch (prefix) {
                case "eq" -> new LocalDate[] {day, day};
                case "ge" -> new LocalDate[] {day, null};
                case "le" -> new LocalDate[] {null, day};
                default -> throw PdsError.invalidValue("Invalid value - '" + value + "' in field '" + name + "'");
            });
        }
        return bounds;
    }

    private static boolean inBounds(List<LocalDate[]> bounds, LocalDate date) {
        for (LocalDate[] b : bounds) {
            if (date == null || (b[0] != null && date.isBefore(b[0])) || (b[1] != null && date.isAfter(b[1]))) {
                return false;
            }
        }
        return true;
    }

    private int maxResults() {
        String value = request.param("_max-results");
        if (value == null) {
            return 50;
        }
        try {
            int max = Integer.parseInt(value);
            if (max >= 1 && max <= 50) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw PdsError.invalidValue("Invalid value - '" + value + "' in field '_max-results'");
    }

    private boolean bool(String name) {
        String value = request.param(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw PdsError.invalidValue("Invalid value - '" + value + "' in field '" + name + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static String normalise(String s) {
        return s.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> given, String family, String postcode) {
        List<String> all = new ArrayList<>(given);
        if (family != null) {
            all.add(family);
        }
        if (postcode != null) {
            all.add(postcode);
        }
        return all;
    }
}
