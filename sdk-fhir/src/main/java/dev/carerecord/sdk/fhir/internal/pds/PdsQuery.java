package dev.carerecord.sdk.fhir.internal.pds;

import dev.carerecord.sdk.fhir.internal.client.Urls;
import dev.carerecord.sdk.fhir.pds.PdsSearch;
import java.util.StringJoiner;

/** The query string of a PDS search, values percent-encoded ({@code *} as {@code %2A}). Not public API. */
public final class PdsQuery {
    private PdsQuery() {
    }

    /** {@code family=...&given=...&...}, with {@code _max-results} = {@code maxResults} when not null. */
    public static String of(PdsSearch search, Integer maxResults) {
        StringJoiner q = new StringJoiner("&");
        search.family().ifPresent(v -> add(q, "family", v));
        search.given().forEach(v -> add(q, "given", v));
        search.gender().ifPresent(v -> add(q, "gender", v.code()));
        search.birthDateParameters().forEach(v -> add(q, "birthdate", v));
        search.deathDateParameters().forEach(v -> add(q, "death-date", v));
        search.postalCode().ifPresent(v -> add(q, "address-postalcode", v));
        search.generalPractitioner().ifPresent(v -> add(q, "general-practitioner", v.value()));
        search.email().ifPresent(v -> add(q, "email", v));
        search.phone().ifPresent(v -> add(q, "phone", v));
        if (search.fuzzyMatch()) {
            add(q, "_fuzzy-match", "true");
        }
        if (search.exactMatch()) {
            add(q, "_exact-match", "true");
        }
        if (search.history()) {
            add(q, "_history", "true");
        }
        if (maxResults != null) {
            add(q, "_max-results", String.valueOf(maxResults));
        }
        return q.toString();
    }

    private static void add(StringJoiner q, String name, String value) {
        q.add(name + "=" + Urls.encode(value));
    }
}
