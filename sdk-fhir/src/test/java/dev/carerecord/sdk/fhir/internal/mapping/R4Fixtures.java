package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Test helpers: shared fixtures parsed with the production parser, and mapping contexts. */
final class R4Fixtures {
    static final Instant RETRIEVED = Instant.parse("2025-06-01T10:00:00Z");

    private R4Fixtures() {
    }

    static IBaseResource parse(String relative) {
        return R4Fhir.parseAny(SharedFixtures.read(relative), "test");
    }

    static <T extends IBaseResource> T parse(String relative, Class<T> type) {
        return R4Fhir.parse(type, SharedFixtures.read(relative), "test");
    }

    static IBaseResource parse(Path file) {
        try {
            return R4Fhir.parseAny(Files.readString(file), "test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The resource itself, or a Bundle's entry resources. */
    static List<Resource> resources(IBaseResource parsed) {
        List<Resource> resources = new ArrayList<>();
        if (parsed instanceof Bundle bundle) {
            bundle.getEntry().forEach(e -> {
                if (e.getResource() != null) {
                    resources.add(e.getResource());
                }
            });
        } else {
            resources.add((Resource) parsed);
        }
        return resources;
    }

    static R4MappingContext shcr() {
        return R4MappingContext.of(SourceKind.SHARED_CARE_RECORD_R4, "Test ShCR", "https://shcr.example/fhir/R4",
                "RR8", RETRIEVED, "corr-1", "RR8");
    }

    static R4MappingContext ips() {
        return R4MappingContext.of(SourceKind.IPS_DOCUMENT, "Test ShCR IPS", "https://shcr.example/fhir/R4",
                "RR8", RETRIEVED, "corr-2", null);
    }

    static R4MappingContext pds() {
        return R4MappingContext.of(SourceKind.PDS, "PDS", "https://sandbox.api.service.nhs.uk/personal-demographics/FHIR/R4",
                null, RETRIEVED, "corr-3", null);
    }
}
