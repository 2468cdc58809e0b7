package dev.carerecord.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carerecord.sdk.fhir.internal.mapping.MappedResources;
import dev.carerecord.sdk.gpconnect.internal.mapping.StructuredRecordMapping;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.SectionKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' inputs have the sizes and content the benchmarks say they have (correctness, not timing). */
class BenchInputsTest {
    @TempDir
    static Path inputs;
    private static String previous;

    @BeforeAll
    static void useTempDirectory() {
        previous = System.getProperty(BenchInputs.DIR_PROPERTY);
        System.setProperty(BenchInputs.DIR_PROPERTY, inputs.toString());
    }

    @AfterAll
    static void restore() {
        if (previous == null) {
            System.clearProperty(BenchInputs.DIR_PROPERTY);
        } else {
            System.setProperty(BenchInputs.DIR_PROPERTY, previous);
        }
    }

    @Test
    void stu3BundlesHaveTheAdvertisedSizes() {
        assertThat(BenchInputs.stu3(BenchInputs.Stu3Size.KB_300).length).isBetween(250_000, 360_000);
        assertThat(BenchInputs.stu3(BenchInputs.Stu3Size.MB_1).length).isBetween(900_000, 1_250_000);
        assertThat(BenchInputs.stu3(BenchInputs.Stu3Size.MB_10).length).isBetween(9_000_000, 11_500_000);
    }

    @Test
    void inputsAreRenderedOnceAndReadBackIdentically() {
        byte[] first = BenchInputs.stu3(BenchInputs.Stu3Size.KB_300);
        assertThat(inputs.resolve("stu3-scale-8.json")).exists();
        assertThat(BenchInputs.stu3(BenchInputs.Stu3Size.KB_300)).isEqualTo(first);
    }

    @Test
    void theSdkPathMapsTheRichRecordIntoPopulatedSections() {
        StructuredRecordMapping mapping = SdkPaths.stu3(BenchInputs.stu3(BenchInputs.Stu3Size.KB_300));
        CareRecord record = mapping.record();
        assertThat(mapping.entriesMapped()).isGreaterThan(100);
        for (SectionKind kind : new SectionKind[] {SectionKind.MEDICATIONS, SectionKind.ALLERGIES,
                SectionKind.PROBLEMS, SectionKind.RESULTS, SectionKind.ENCOUNTERS}) {
            assertThat(record.section(kind).entries()).as(kind.name()).isNotEmpty();
        }
        assertThat(Baselines.hapiStu3(BenchInputs.stu3(BenchInputs.Stu3Size.KB_300)).getEntry()).hasSizeGreaterThan(100);
    }

    @Test
    void r4DocumentsAreAFullSearchPageAndAnIpsDocumentThatMap() {
        JsonNode search = Baselines.jacksonTree(BenchInputs.r4Search());
        assertThat(search.path("type").asText()).isEqualTo("searchset");
        assertThat(search.path("entry").size()).isGreaterThanOrEqualTo(50);
        MappedResources mapped = SdkPaths.r4Search(BenchInputs.r4Search());
        assertThat(mapped.kindsWithEntries()).isNotEmpty();

        JsonNode ips = Baselines.jacksonTree(BenchInputs.ipsDocument());
        assertThat(ips.path("type").asText()).isEqualTo("document");
        assertThat(ips.path("entry").path(0).path("resource").path("resourceType").asText()).isEqualTo("Composition");
        CareRecord record = SdkPaths.ips(BenchInputs.ipsDocument());
        assertThat(record.section(SectionKind.MEDICATIONS).entries()).isNotEmpty();
    }
}
