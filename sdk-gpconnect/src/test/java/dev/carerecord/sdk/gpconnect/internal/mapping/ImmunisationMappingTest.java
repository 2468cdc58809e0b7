package dev.carerecord.sdk.gpconnect.internal.mapping;

import static dev.carerecord.sdk.gpconnect.internal.mapping.StructuredFixtures.entries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.ImmunisationStatus;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImmunisationMappingTest {

    @Test
    void immunizationsResponse1_givenVaccination_withEveryDetail() {
        CareRecord record = StructuredFixtures.map("immunizations_response1.json", ClinicalArea.IMMUNISATIONS)
                .record();
        ImmunisationEntry given = entries(record, SectionKind.IMMUNISATIONS, ImmunisationEntry.class).get(0);

        assertThat(record.immunisations().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(given.status()).isEqualTo(ImmunisationStatus.COMPLETED);
        assertThat(given.vaccine().text()).contains("Unknown");
        assertThat(given.vaccine().hasCode("UNK")).isTrue();
        assertThat(given.vaccinationProcedure().map(p -> p.hasCode("170378007"))).contains(true);
        assertThat(given.occurredAt()).contains(new PartialDateTime("2019-06-28"));
        assertThat(given.doseSequence()).contains("1");
        assertThat(given.lotNumber()).contains("AAJN11K");
        assertThat(given.expirationDate()).contains(new PartialDateTime("2019-12-15"));
        assertThat(given.site().map(s -> s.hasCode("368209003"))).contains(true);
        assertThat(given.route().map(r -> r.hasCode("34206005"))).contains(true);
        assertThat(given.dose().flatMap(d -> d.value())).contains(new BigDecimal("0.5"));
        assertThat(given.dose().flatMap(d -> d.code())).contains("ml");
        assertThat(given.primarySource()).contains(true);
        assertThat(given.parentPresent()).contains(true);
        assertThat(given.reasons()).singleElement().satisfies(r -> assertThat(r.hasCode("171279008")).isTrue());
        assertThat(given.notes()).containsExactly("Notes on adminstration of vaccine");
        assertThat(given.provenance().recordedAt()).contains(new PartialDateTime("2019-06-28T10:00:00+01:00"));
        assertThat(given.provenance().performer().flatMap(a -> a.name())).contains("Miss Nichole Gilbert");
    }

    @Test
    void immunizationsResponse2_notGivenVaccination_isNotDone() {
        CareRecord record = StructuredFixtures.map("immunizations_response2.json", ClinicalArea.IMMUNISATIONS)
                .record();
        List<ImmunisationEntry> all = entries(record, SectionKind.IMMUNISATIONS, ImmunisationEntry.class);
        ImmunisationEntry notGiven = all.stream().filter(i -> i.status() == ImmunisationStatus.NOT_DONE)
                .findFirst().orElseThrow();

        assertThat(all).hasSize(2);
        assertThat(notGiven.provenance().resourceId()).contains("eba25af1-5b74-4790-aa5a-2134fd27ad46");
        assertThat(notGiven.vaccinationProcedure().map(p -> p.hasCode("6041000175108"))).contains(true);
        assertThat(notGiven.occurredAt()).contains(new PartialDateTime("2019-09-28"));
        // this example names the reason "notGivenReason" instead of STU3's "reasonNotGiven", so the lenient
        // parser drops it; the reason mapping itself is covered by HandBuiltBundleTest
        assertThat(notGiven.statusReason()).isEmpty();
    }

    @Test
    void immunizationsResponse3_statusObservation_isAConsentStatusEntry() {
        CareRecord record = StructuredFixtures.map("immunizations_response3.json", ClinicalArea.IMMUNISATIONS)
                .record();
        ImmunisationEntry consent = entries(record, SectionKind.IMMUNISATIONS, ImmunisationEntry.class).get(0);

        assertThat(consent.status()).isEqualTo(ImmunisationStatus.CONSENT_STATUS);
        assertThat(consent.vaccine().hasCode("268559007")).isTrue();
        assertThat(consent.notes()).containsExactly("Patient has expressed dissent for all immunisations");
        assertThat(consent.occurredAt()).contains(new PartialDateTime("2019-03-28T10:30:00+00:00"));
        assertThat(record.observations().entries()).as("not an uncategorised observation").isEmpty();
    }
}
