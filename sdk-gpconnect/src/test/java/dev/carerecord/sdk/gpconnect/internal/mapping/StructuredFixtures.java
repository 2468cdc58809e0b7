package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.provenance.SourceRef;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.dstu3.model.Bundle;

/** Reads the shared GP Connect structured examples (skipping the test when absent) and maps them. */
final class StructuredFixtures {
    static final String FOLDER = "gpconnect/structured";
    static final Instant RETRIEVED = Instant.parse("2026-11-23T10:15:30Z");
    static final SourceRef SOURCE = new SourceRef(SourceKind.GP_CONNECT_STU3, Stu3Fhir.FHIR_VERSION,
            "GP Connect (test)", Optional.of("https://provider.example/A20047/STU3/1/gpconnect/structured"),
            Optional.of("A20047"), RETRIEVED, Optional.of("5b2f2a5e-8a1f-4c1e-9a55-0d7a3c1b2e11"));
    static final StructuredRecordMapper MAPPER = new StructuredRecordMapper(Clock.fixed(RETRIEVED, ZoneOffset.UTC));

    private StructuredFixtures() {
    }

    /** The example Bundle with this file name, parsed leniently. */
    static Bundle bundle(String fileName) {
        return Stu3Fhir.parseBundle(SharedFixtures.read(FOLDER + "/" + fileName));
    }

    /** Maps the example as if these areas had been requested. */
    static StructuredRecordMapping map(String fileName, ClinicalArea... requested) {
        return map(bundle(fileName), requested);
    }

    /** Maps the example as if every area had been requested. */
    static StructuredRecordMapping mapAll(String fileName) {
        return map(bundle(fileName), ClinicalArea.values());
    }

    static StructuredRecordMapping map(Bundle bundle, ClinicalArea... requested) {
        Set<ClinicalArea> areas = requested.length == 0 ? Set.of()
                : EnumSet.copyOf(Arrays.asList(requested));
        return MAPPER.map(bundle, new MappingContext(SOURCE, areas));
    }

    /** The entries of one section, cast to their type. */
    static <T extends Entry> List<T> entries(CareRecord record, SectionKind kind, Class<T> type) {
        return record.section(kind).entries().stream().map(type::cast).toList();
    }

    /** The one entry whose provenance names this resource id. */
    static <T extends Entry> T byResourceId(CareRecord record, SectionKind kind, Class<T> type, String resourceId) {
        return entries(record, kind, type).stream()
                .filter(e -> e.provenance().resourceId().filter(resourceId::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " entry for " + resourceId));
    }
}
