package dev.carerecord.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CareRecordTest {

    @Test
    void unsetSections_areNotRequested_neverNull() {
        CareRecord record = CareRecord.builder(PatientDemographics.of(NhsNumber.parse("9000000009"))).build();
        assertThat(record.sections()).hasSize(SectionKind.values().length)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SectionStatus.NOT_REQUESTED));
        assertThat(record.gpPractice()).isEmpty();
        assertThat(record.allergies().entries()).isEmpty();
    }

    @Test
    void aSection_refusesEntriesOfTheWrongKind() {
        AllergyEntry allergy = RichRecords.rich().allergies().entries().get(0);
        assertThatThrownBy(() -> new Section<Entry>(SectionKind.PROBLEMS, SectionStatus.POPULATED, List.of(allergy),
                null, null, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROBLEMS");
    }

    @Test
    void entries_areFoundById_acrossSections() {
        CareRecord record = RichRecords.rich();
        assertThat(record.findEntry("mr-1")).get().extracting(Entry::id).isEqualTo("mr-1");
        assertThat(record.findEntry("nope")).isEmpty();
        assertThat(record.encounters().entries().get(0).consultation().orElseThrow().allItemEntryIds())
                .containsExactly("o-x", "mr-1");
    }

    @Test
    void highWaterMark_isTheStrictestConfidentiality() {
        assertThat(RichRecords.rich().highWaterMark()).isEqualTo(Confidentiality.RESTRICTED);
    }

    @Test
    void toBuilder_reproducesTheRecord() {
        CareRecord record = RichRecords.rich();
        assertThat(record.toBuilder().build()).isEqualTo(record);
    }

    @Test
    void entryIds_areStable_andPreferBusinessIdentifiers() {
        String a = EntryIds.of(SourceKind.GP_CONNECT_STU3, "A20047", "AllergyIntolerance",
                Optional.of(Identifier.of("https://provider.example/id", "123")), "res-1");
        String b = EntryIds.of(SourceKind.GP_CONNECT_STU3, "A20047", "AllergyIntolerance",
                Optional.of(Identifier.of("http://provider.example/id", "123")), "res-2");
        String c = EntryIds.of(SourceKind.GP_CONNECT_STU3, "B82617", "AllergyIntolerance",
                Optional.of(Identifier.of("https://provider.example/id", "123")), "res-1");
        String d = EntryIds.of(SourceKind.GP_CONNECT_STU3, "A20047", "AllergyIntolerance", Optional.empty(), "res-1");
        assertThat(a).startsWith("ai-").hasSize(3 + 16).isEqualTo(b);
        assertThat(a).isNotEqualTo(c).isNotEqualTo(d);
        assertThat(d).isEqualTo(EntryIds.of(SourceKind.GP_CONNECT_STU3, "A20047", "AllergyIntolerance",
                Optional.empty(), "res-1"));
    }

    @Test
    void mergedProvenance_isKept() {
        AllergyEntry allergy = RichRecords.rich().allergies().entries().get(0);
        assertThat(allergy.provenance().mergedFrom()).hasSize(1);
        assertThat(allergy.provenance().mergedFrom().get(0).source().kind()).isEqualTo(SourceKind.SHARED_CARE_RECORD_R4);
    }
}
