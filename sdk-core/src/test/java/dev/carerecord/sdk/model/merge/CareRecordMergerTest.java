package dev.carerecord.sdk.model.merge;

import static dev.carerecord.sdk.model.merge.MergeFixtures.GPC;
import static dev.carerecord.sdk.model.merge.MergeFixtures.SHCR;
import static dev.carerecord.sdk.model.merge.MergeFixtures.allergy;
import static dev.carerecord.sdk.model.merge.MergeFixtures.immunisation;
import static dev.carerecord.sdk.model.merge.MergeFixtures.provenance;
import static dev.carerecord.sdk.model.merge.MergeFixtures.record;
import static dev.carerecord.sdk.model.merge.MergeFixtures.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.OutcomeStatus;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.provenance.Confidentiality;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Identifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CareRecordMergerTest {
    private static final String GPC_SYSTEM = "https://EMIS.co.uk/allergies";
    private static final Identifier PENICILLIN_ID = Identifier.of(GPC_SYSTEM, "ALG-1");

    private static AllergyEntry gpcPenicillin() {
        return allergy("ai-gpc-1", provenance(GPC, "AllergyIntolerance", "a1", "Y90001", PENICILLIN_ID),
                "91936005", "Penicillin allergy");
    }

    /** The same allergy as the ShCR copied it: other id, other resource id, the identifier under http. */
    private static AllergyEntry shcrPenicillin() {
        return allergy("ai-shcr-9", provenance(SHCR, "AllergyIntolerance", "shcr-77", "Y90001",
                Identifier.of("http://emis.co.uk/allergies", "ALG-1")), "91936005", "Allergy to penicillin");
    }

    private static AllergyEntry shcrLatex() {
        return allergy("ai-shcr-10", provenance(SHCR, "AllergyIntolerance", "shcr-78", "RXA01",
                Identifier.of("https://hospital.example/allergy", "H-5")), "300916003", "Latex allergy");
    }

    @Test
    void sameBusinessIdentifier_schemeAndCaseInsensitiveSystem_mergesIntoTheFirstSourcesEntry() {
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(gpcPenicillin()))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).section(section(SectionKind.ALLERGIES,
                SectionStatus.POPULATED, List.of(shcrPenicillin(), shcrLatex()))).build();

        MergeResult result = CareRecordMerger.standard().mergeWithDetails(List.of(gpc, shcr));
        List<AllergyEntry> allergies = result.record().allergies().entries();

        assertThat(allergies).extracting(Entry::id).containsExactly("ai-gpc-1", "ai-shcr-10");
        AllergyEntry kept = allergies.get(0);
        assertThat(kept.code().bestDisplay()).as("the first source's content").isEqualTo("Penicillin allergy");
        assertThat(kept.notes()).containsExactly("note from GP Connect");
        assertThat(kept.provenance().source()).isEqualTo(GPC);
        assertThat(kept.provenance().mergedFrom()).singleElement()
                .satisfies(p -> assertThat(p.resourceId()).contains("shcr-77"));
        assertThat(result.replacedIds()).containsExactly(java.util.Map.entry("ai-shcr-9", "ai-gpc-1"));
        assertThat(result.resolve("ai-shcr-9")).isEqualTo("ai-gpc-1");
        assertThat(result.resolve("ai-shcr-10")).isEqualTo("ai-shcr-10");
        assertThat(result.record().allergies().status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(result.record().sources()).extracting(s -> s.source().system())
                .containsExactly("GP Connect", "Westshire ShCR");
    }

    @Test
    void theFirstRecordGivenWins_whicheverKindOfSourceItIs() {
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(gpcPenicillin()))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(shcrPenicillin()))).build();

        CareRecord merged = CareRecordMerger.standard().merge(shcr, gpc);

        assertThat(merged.allergies().entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("ai-shcr-9");
            assertThat(e.provenance().mergedFrom()).singleElement()
                    .satisfies(p -> assertThat(p.source()).isEqualTo(GPC));
        });
    }

    @Test
    void noSharedIdentifier_neverMerged_evenWithTheSameCode() {
        AllergyEntry noId = allergy("ai-shcr-11", provenance(SHCR, "AllergyIntolerance", "shcr-79", "Y90001"),
                "91936005", "Penicillin allergy");
        AllergyEntry otherSystem = allergy("ai-shcr-12", provenance(SHCR, "AllergyIntolerance", "shcr-80", "Y90001",
                Identifier.of("https://other.example/ids", "ALG-1")), "91936005", "Penicillin allergy");
        AllergyEntry noSystem = allergy("ai-shcr-13", provenance(SHCR, "AllergyIntolerance", "shcr-81", "Y90001",
                new Identifier(Optional.empty(), "ALG-1")), "91936005", "Penicillin allergy");
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(gpcPenicillin()))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).section(section(SectionKind.ALLERGIES,
                SectionStatus.POPULATED, List.of(noId, otherSystem, noSystem))).build();

        CareRecord merged = CareRecordMerger.standard().merge(gpc, shcr);

        assertThat(merged.allergies().entries()).hasSize(4);
        assertThat(merged.allergies().entries()).allSatisfy(e -> assertThat(e.provenance().mergedFrom()).isEmpty());
    }

    @Test
    void entriesOfOneRecordAreNeverMergedWithEachOther() {
        AllergyEntry twin = allergy("ai-gpc-2", provenance(GPC, "AllergyIntolerance", "a2", "Y90001", PENICILLIN_ID),
                "91936005", "Penicillin allergy");
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS).section(section(SectionKind.ALLERGIES,
                SectionStatus.POPULATED, List.of(gpcPenicillin(), twin))).build();

        CareRecord merged = CareRecordMerger.standard().merge(gpc);

        assertThat(merged.allergies().entries()).extracting(Entry::id).containsExactly("ai-gpc-1", "ai-gpc-2");
    }

    @Test
    void aDuplicateThatIsMoreSensitiveRaisesTheKeptEntrysSensitivity() {
        AllergyEntry sensitiveCopy = allergy("ai-shcr-9", provenance(SHCR, "AllergyIntolerance", "shcr-77",
                "Y90001", PENICILLIN_ID), "91936005", "Penicillin allergy", MergeFixtures.restricted());
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(gpcPenicillin()))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(sensitiveCopy))).build();

        AllergyEntry kept = CareRecordMerger.standard().merge(gpc, shcr).allergies().entries().get(0);

        assertThat(kept.sensitivity().level()).isEqualTo(Confidentiality.RESTRICTED);
        assertThat(kept.sensitivity().noDisclosureToPatient()).isTrue();
        assertThat(kept.id()).isEqualTo("ai-gpc-1");
    }

    @Test
    void threeSources_allDuplicatesRecordedOnTheFirst() {
        
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(gpcPenicillin()))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(shcrPenicillin()))).build();

        MergeResult result = CareRecordMerger.standard().mergeWithDetails(List.of(gpc, shcr, ipsRecord()));

        assertThat(result.record().allergies().entries()).singleElement()
                .satisfies(e -> assertThat(e.provenance().mergedFrom()).hasSize(2));
        assertThat(result.mergedCount()).isEqualTo(2);
        assertThat(result.record().sources()).hasSize(3);
    }

    /** A third source (an IPS summary) holding the same allergy, its identifier system without a scheme. */
    private static CareRecord ipsRecord() {
        var ips = new dev.carerecord.sdk.model.provenance.SourceRef(
                dev.carerecord.sdk.model.provenance.SourceKind.IPS_DOCUMENT, "4.0.1", "Regional IPS",
                Optional.empty(), Optional.empty(), GPC.retrievedAt(), Optional.empty());
        AllergyEntry copy = allergy("ai-ips-1", provenance(ips, "AllergyIntolerance", "ips-1", "Y90001",
                Identifier.of("emis.co.uk/allergies", "ALG-1")), "91936005", "Penicillin");
        return record(ips, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(copy))).build();
    }

    @Test
    void statuses_populatedWins_andASourceErrorKeepsAWarningNamingTheSource() {
        CareRecord gpc = record(GPC, OutcomeStatus.PARTIAL).section(Section.sourceError(SectionKind.ALLERGIES,
                "allergies could not be retrieved")).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(shcrLatex()))).build();

        Section<AllergyEntry> allergies = CareRecordMerger.standard().merge(gpc, shcr).allergies();

        assertThat(allergies.status()).isEqualTo(SectionStatus.POPULATED);
        assertThat(allergies.warnings()).extracting(w -> w.text().orElse(""))
                .contains("allergies could not be retrieved")
                .anySatisfy(t -> assertThat(t).contains("GP Connect (Y90001)").contains("source error"));
    }

    @Test
    void statuses_noneKnownBeatsNoneReturnedAndError_warningsUnionedWithoutDuplicates() {
        SectionWarning transit = new SectionWarning(WarningKind.DATA_IN_TRANSIT, Optional.of("data-in-transit"),
                Optional.of("Patient record transfer from previous GP practice not yet complete"));
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS).section(new Section<>(SectionKind.IMMUNISATIONS,
                SectionStatus.NONE_KNOWN, List.of(), List.of(transit), Optional.of(CodedValue.ofText("nil known")),
                Optional.empty(), List.of())).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).section(section(SectionKind.IMMUNISATIONS,
                SectionStatus.NONE_RETURNED, List.<ImmunisationEntry>of(), transit)).build();
        CareRecord failed = record(SHCR, OutcomeStatus.PARTIAL)
                .section(Section.sourceError(SectionKind.IMMUNISATIONS, "timeout")).build();

        Section<ImmunisationEntry> merged = CareRecordMerger.standard().merge(gpc, shcr, failed).immunisations();

        assertThat(merged.status()).isEqualTo(SectionStatus.NONE_KNOWN);
        assertThat(merged.emptyReason()).contains(CodedValue.ofText("nil known"));
        assertThat(merged.warnings()).filteredOn(w -> w.kind() == WarningKind.DATA_IN_TRANSIT).hasSize(1);
        assertThat(merged.warnings()).anySatisfy(w -> assertThat(w.text().orElse("")).contains("Westshire ShCR")
                .contains("source error"));
    }

    @Test
    void statuses_withheldInOneSourceAndNoneKnownInAnother_staysWithheld() {
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS).section(section(SectionKind.ALLERGIES,
                SectionStatus.WITHHELD, List.<AllergyEntry>of())).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).section(section(SectionKind.ALLERGIES,
                SectionStatus.NONE_KNOWN, List.<AllergyEntry>of())).build();

        assertThat(CareRecordMerger.standard().merge(gpc, shcr).allergies().status())
                .isEqualTo(SectionStatus.WITHHELD);
        assertThat(CareRecordMerger.standard().merge(shcr, gpc).allergies().status())
                .isEqualTo(SectionStatus.WITHHELD);
    }

    @Test
    void notRequestedEverywhere_staysNotRequested() {
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).build();

        CareRecord merged = CareRecordMerger.standard().merge(gpc, shcr);

        assertThat(merged.sections()).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(SectionStatus.NOT_REQUESTED);
            assertThat(s.warnings()).isEmpty();
        });
        assertThat(merged.assembledAt()).isEqualTo(SHCR.retrievedAt());
        assertThat(merged.patient()).isEqualTo(gpc.patient());
    }

    @Test
    void fuzzyRule_isOffByDefault_andMatchesCodeDateAndProviderWhenOn() {
        ImmunisationEntry gpcFlu = immunisation("imm-gpc-1", provenance(GPC, "Immunization", "i1", "Y90001",
                Identifier.of(GPC_SYSTEM, "IMM-1")), "1181000221105", "2025-10-01");
        ImmunisationEntry shcrFlu = immunisation("imm-shcr-1", provenance(SHCR, "Immunization", "s1", "Y90001"),
                "1181000221105", "2025-10-01");
        ImmunisationEntry shcrOtherDay = immunisation("imm-shcr-2", provenance(SHCR, "Immunization", "s2", "Y90001"),
                "1181000221105", "2025-10-02");
        ImmunisationEntry shcrOtherProvider = immunisation("imm-shcr-3", provenance(SHCR, "Immunization", "s3",
                "RXA01"), "1181000221105", "2025-10-01");
        CareRecord gpc = record(GPC, OutcomeStatus.SUCCESS).section(section(SectionKind.IMMUNISATIONS,
                SectionStatus.POPULATED, List.of(gpcFlu))).build();
        CareRecord shcr = record(SHCR, OutcomeStatus.SUCCESS).section(section(SectionKind.IMMUNISATIONS,
                SectionStatus.POPULATED, List.of(shcrFlu, shcrOtherDay, shcrOtherProvider))).build();

        assertThat(CareRecordMerger.standard().merge(gpc, shcr).immunisations().entries()).hasSize(4);

        CareRecordMerger fuzzy = CareRecordMerger.builder().matchOnCodeDateAndProvider(true).build();
        List<ImmunisationEntry> merged = fuzzy.merge(gpc, shcr).immunisations().entries();
        assertThat(merged).extracting(Entry::id).containsExactly("imm-gpc-1", "imm-shcr-2", "imm-shcr-3");
        assertThat(merged.get(0).provenance().mergedFrom()).hasSize(1);
    }

    @Test
    void theSameItemReadTwice_sameEntryIdWithoutIdentifier_isMergedOnce() {
        AllergyEntry noId = allergy("ai-shcr-11", provenance(SHCR, "AllergyIntolerance", "shcr-79", "Y90001"),
                "91936005", "Penicillin allergy");
        CareRecord first = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(noId))).build();
        CareRecord again = record(SHCR, OutcomeStatus.SUCCESS)
                .section(section(SectionKind.ALLERGIES, SectionStatus.POPULATED, List.of(noId))).build();

        MergeResult result = CareRecordMerger.standard().mergeWithDetails(List.of(first, again));

        assertThat(result.record().allergies().entries()).singleElement()
                .satisfies(e -> assertThat(e.provenance().mergedFrom()).hasSize(1));
        assertThat(result.replacedIds()).isEmpty();
    }

    @Test
    void refusesNoRecords() {
        assertThatThrownBy(() -> CareRecordMerger.standard().mergeWithDetails(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
