package dev.carerecord.sdk.gpconnect.internal.client;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.gpconnect.DemographicCrossCheck;
import dev.carerecord.sdk.gpconnect.DemographicMismatch;
import dev.carerecord.sdk.gpconnect.DemographicMismatch.Field;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.value.HumanName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares expected demographics with the returned patient, item by item, ignoring case and spacing. */
public final class CrossCheck {
    private CrossCheck() {
    }

    /** The comparison; items the consumer does not hold are skipped. */
    public static DemographicCrossCheck compare(PatientDemographics expected, String expectedPracticeOds,
            CareRecord returned) {
        List<DemographicMismatch> mismatches = new ArrayList<>();
        PatientDemographics actual = returned.patient();
        Optional<HumanName> wantedName = expected.officialName();
        Optional<HumanName> gotName = actual.officialName();
        compare(mismatches, Field.FAMILY_NAME, wantedName.flatMap(HumanName::family),
                gotName.flatMap(HumanName::family));
        compare(mismatches, Field.GIVEN_NAME, wantedName.flatMap(n -> n.given().stream().findFirst()),
                gotName.flatMap(n -> n.given().stream().findFirst()));
        compare(mismatches, Field.GENDER, expected.gender().map(Enum::name), actual.gender().map(Enum::name));
        compare(mismatches, Field.BIRTH_DATE, expected.birthDate().map(Object::toString),
                actual.birthDate().map(Object::toString));
        compare(mismatches, Field.GP_PRACTICE, Optional.ofNullable(expectedPracticeOds),
                returned.gpPractice().flatMap(GpPractice::odsCode));
        compare(mismatches, Field.NHS_NUMBER, expected.nhsNumber().map(NhsNumber::value),
                actual.nhsNumber().map(NhsNumber::value));
        return new DemographicCrossCheck(mismatches);
    }

    private static void compare(List<DemographicMismatch> mismatches, Field field, Optional<String> expected,
            Optional<String> returned) {
        if (expected.isEmpty()) {
            return;
        }
        if (returned.isEmpty() || !normal(expected.get()).equals(normal(returned.get()))) {
            mismatches.add(new DemographicMismatch(field, expected.get(), returned.orElse("")));
        }
    }

    private static String normal(String value) {
        return value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
