package dev.carerecord.sdk.gpconnect.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Resource;
import org.junit.jupiter.api.Test;

/** Reference strings resolve by their last two segments exactly as splitting on '/' used to find them. */
class ReferenceSplitTest {
    private static final String[] REFERENCES = {"Patient/p1", "Patient/p1/", "Patient/p1//", "/Patient/p1",
        "https://example.org/fhir/Patient/p1", "https://example.org/fhir/Patient/p1/_history/2", "Patient//p1",
        "//p1", "/p1", "p1", "p1/", "p1//", "/", "//", "Organization/p1", "Patient/p2", "Patient/", "a/b/c/Patient/p1",
        "Patient/p1/extra"};

    @Test
    void everyShapeResolvesAsBefore() {
        Bundle bundle = new Bundle();
        bundle.addEntry().setResource(new Patient().setId("p1"));
        ResourceIndex index = ResourceIndex.of(bundle);
        for (String reference : REFERENCES) {
            assertThat(index.resolve(reference, null)).as(reference).isEqualTo(bySplit(index, reference));
        }
        assertThat(index.resolve("Patient/p1", null)).isPresent();
        assertThat(index.resolve("p1", null)).as("a bare id of exactly one resource").isPresent();
    }

    /** The former implementation, kept as the reference. */
    private static Optional<Resource> bySplit(ResourceIndex index, String reference) {
        String ref = reference.strip();
        int history = ref.indexOf("/_history/");
        if (history >= 0) {
            ref = ref.substring(0, history);
        }
        String[] parts = ref.split("/");
        if (parts.length < 2) {
            // a bare id: only "p1" is the id of exactly one resource here
            return "p1".equals(ref) ? index.get("Patient", "p1") : Optional.empty();
        }
        return index.get(parts[parts.length - 2], parts[parts.length - 1]);
    }
}
