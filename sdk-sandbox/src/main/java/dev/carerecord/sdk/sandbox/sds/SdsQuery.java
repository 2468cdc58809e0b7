package dev.carerecord.sdk.sandbox.sds;

import dev.carerecord.sdk.sandbox.http.SandboxRequest;
import java.util.Set;

/** The validated parameters of an SDS search; each value is the part after {@code system|}. */
record SdsQuery(String ods, String interaction, String partyKey, String manufacturer) {

    static SdsQuery parse(SandboxRequest request, Set<String> allowed) {
        for (String name : request.query().keySet()) {
            if (!allowed.contains(name)) {
                throw new SdsApi.SdsError(400, "invalid", "BAD_REQUEST", "Unknown query parameter: " + name);
            }
        }
        String ods = single(request, "organization", SdsApi.ODS);
        String manufacturer = single(request, "manufacturing-organization", SdsApi.ODS);
        String interaction = null;
        String partyKey = null;
        for (String value : request.params("identifier")) {
            if (value.startsWith(SdsApi.INTERACTION + "|") && interaction == null) {
                interaction = value.substring(SdsApi.INTERACTION.length() + 1);
            } else if (value.startsWith(SdsApi.PARTY_KEY + "|") && partyKey == null) {
                partyKey = value.substring(SdsApi.PARTY_KEY.length() + 1);
            } else {
                throw new SdsApi.SdsError(400, "invalid", "BAD_REQUEST", "Invalid identifier parameter: expected "
                        + SdsApi.INTERACTION + "|<id> or " + SdsApi.PARTY_KEY + "|<key>, each at most once");
            }
        }
        return new SdsQuery(ods, blankToNull(interaction), blankToNull(partyKey), manufacturer);
    }

    private static String single(SandboxRequest request, String name, String system) {
        if (request.params(name).isEmpty()) {
            return null;
        }
        String value = request.param(name);
        if (request.params(name).size() > 1 || !value.startsWith(system + "|") || value.length() == system.length() + 1) {
            throw new SdsApi.SdsError(400, "invalid", "BAD_REQUEST", name + " must be given once as " + system + "|<code>");
        }
        return value.substring(system.length() + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
