package dev.carerecord.sdk.sandbox.shcr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Everything the shared care record holds on one day: every patient's resources plus the directory
 * (organisations, practitioners, roles, medications, devices), by type and by {@code Type/id}. Built once and
 * never changed; responses work on copies.
 */
final class ShcrWorld {
    private final Map<String, List<Resource>> byType;
    private final Map<String, Resource> byReference;
    private final Map<String, Patient> patientByNhsNumber;
    private final Instant feedTime;

    private ShcrWorld(Builder b) {
        Map<String, List<Resource>> types = new LinkedHashMap<>();
        b.byType.forEach((k, v) -> types.put(k, List.copyOf(v)));
        this.byType = Collections.unmodifiableMap(types);
        this.byReference = Collections.unmodifiableMap(new LinkedHashMap<>(b.byReference));
        this.patientByNhsNumber = Collections.unmodifiableMap(new LinkedHashMap<>(b.patients));
        this.feedTime = b.feedTime;
    }

    static Builder builder(Instant feedTime) {
        return new Builder(feedTime);
    }

    /** The resource with this {@code Type/id}, or null. */
    Resource get(String reference) {
        return byReference.get(reference);
    }

    Resource get(String type, String id) {
        return byReference.get(type + "/" + id);
    }

    /** Every resource of a type, in the order added. */
    List<Resource> all(String type) {
        return byType.getOrDefault(type, List.of());
    }

    Optional<Patient> patientByNhsNumber(String nhsNumber) {
        return Optional.ofNullable(patientByNhsNumber.get(nhsNumber));
    }

    /** When the record was last refreshed from its feeds (every resource's meta.lastUpdated). */
    Instant feedTime() {
        return feedTime;
    }

    /** Collects resources; not thread-safe. */
    static final class Builder {
        private final Map<String, List<Resource>> byType = new LinkedHashMap<>();
        private final Map<String, Resource> byReference = new LinkedHashMap<>();
        private final Map<String, Patient> patients = new LinkedHashMap<>();
        private final Instant feedTime;

        private Builder(Instant feedTime) {
            this.feedTime = feedTime;
        }

        /** Adds a resource (stamping meta.versionId and meta.lastUpdated); its Type/id must be new. */
        <T extends Resource> T add(T resource) {
            String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            if (byReference.putIfAbsent(reference, resource) != null) {
                throw new IllegalStateException("Duplicate resource " + reference);
            }
            resource.getMeta().setVersionId("1").setLastUpdated(Date.from(feedTime));
            byType.computeIfAbsent(resource.fhirType(), k -> new ArrayList<>()).add(resource);
            return resource;
        }

        /** Adds a resource unless one with its Type/id is already there. */
        void addIfAbsent(Resource resource) {
            if (!byReference.containsKey(resource.fhirType() + "/" + resource.getIdElement().getIdPart())) {
                add(resource);
            }
        }

        Patient addPatient(String nhsNumber, Patient patient) {
            patients.put(nhsNumber, add(patient));
            return patient;
        }

        ShcrWorld build() {
            return new ShcrWorld(this);
        }
    }
}
