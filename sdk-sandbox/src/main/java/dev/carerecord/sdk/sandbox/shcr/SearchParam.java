package dev.carerecord.sdk.sandbox.shcr;

import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Resource;

/**
 * One supported search parameter of a resource type: its FHIR name and kind, how to read its values from a
 * resource (tokens, {@code Type/id} references or date ranges), and, for references, the resource types it
 * may point to.
 */
record SearchParam(String name, Kind kind, Function<Resource, List<?>> values, List<String> targets,
                   String documentation) {
    /** The search parameter types the record supports. */
    enum Kind {
        TOKEN("token"), REFERENCE("reference"), DATE("date");

        final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    @SuppressWarnings("unchecked")
    List<Token> tokens(Resource resource) {
        return (List<Token>) values.apply(resource);
    }

    @SuppressWarnings("unchecked")
    List<String> references(Resource resource) {
        return (List<String>) values.apply(resource);
    }

    @SuppressWarnings("unchecked")
    List<DateRange> dates(Resource resource) {
        return (List<DateRange>) values.apply(resource);
    }
}
