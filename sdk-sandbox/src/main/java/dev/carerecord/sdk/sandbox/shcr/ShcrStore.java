package dev.carerecord.sdk.sandbox.shcr;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.PatientRecord;
import dev.carerecord.sdk.sandbox.data.Records;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds (and caches per day and scale) the shared care record's contents: the directory, every catalogue
 * patient's UK Core Patient, a copy of their GP record (except for a patient who dissented from GP record
 * sharing) and the items only the shared care record holds. Dates are relative to {@code today}.
 */
final class ShcrStore {
    private static final int MAX_CACHED = 16;
    private static final Map<String, ShcrWorld> CACHE = new ConcurrentHashMap<>();
    private static final ZoneId UK = R4.UK;

    private ShcrStore() {
    }

    static ShcrWorld world(LocalDate today, int scale) {
        String key = today + "/" + scale;
        ShcrWorld cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        ShcrWorld built = build(today, scale);
        ShcrWorld raced = CACHE.putIfAbsent(key, built);
        return raced == null ? built : raced;
    }

    private static ShcrWorld build(LocalDate today, int scale) {
        ShcrWorld.Builder world = ShcrWorld.builder(today.atStartOfDay(UK).toInstant());
        ShcrDirectory.addTo(world);
        for (Demographics d : Catalogue.patients()) {
            Reference patient = new Reference("Patient/" + world.addPatient(d.nhsNumber(), ShcrPatients.patient(d))
                    .getIdElement().getIdPart());
            PatientRecord record = Records.record(d.nhsNumber(), today, scale).orElseThrow();
            if (!record.dissent()) {
                GpFeed.feed(record, patient, world);
            }
            Regional regional = new Regional(d.nhsNumber(), today, patient, world);
            if (Catalogue.RICH.equals(d.nhsNumber())) {
                RichHospital.add(regional);
                RichCommunity.add(regional);
            } else {
                OtherRegional.add(regional);
            }
        }
        return world.build();
    }
}
