package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds (and caches per day and scale) the clinical record of each synthetic patient. Clinical dates are
 * relative to {@code today}, so date filters keep working as time passes.
 */
public final class Records {
    private static final int MAX_CACHED = 64;
    private static final Map<String, PatientRecord> CACHE = new ConcurrentHashMap<>();

    private Records() {
    }

    /**
     * The record for {@code nhsNumber} (not following supersession) as of {@code today}; {@code scale} (1 or
     * more) multiplies the rich patient's consultations, results and medication issues.
     */
    public static Optional<PatientRecord> record(String nhsNumber, LocalDate today, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        Optional<Demographics> demographics = Catalogue.patient(nhsNumber);
        if (demographics.isEmpty()) {
            return Optional.empty();
        }
        String key = nhsNumber + "/" + today + "/" + (Catalogue.RICH.equals(nhsNumber) ? scale : 1);
        PatientRecord cached = CACHE.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (CACHE.size() > MAX_CACHED) {
            CACHE.clear();
        }
        PatientRecord built = build(demographics.get(), today, scale);
        CACHE.putIfAbsent(key, built);
        return Optional.of(built);
    }

    private static PatientRecord build(Demographics d, LocalDate today, int scale) {
        ItemFactory f = new ItemFactory(d.nhsNumber(), today);
        return switch (d.nhsNumber()) {
            case Catalogue.RICH -> RichRecord.build(d, f, scale);
            case Catalogue.WARNINGS -> SmallRecords.warnings(d, f);
            case Catalogue.MINIMAL -> SmallRecords.minimal(d, f);
            default -> SmallRecords.basic(d, f);
        };
    }
}
