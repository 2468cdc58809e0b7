package dev.carerecord.sdk.gpconnect.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.gpconnect.internal.fhir.Stu3Fhir;
import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.testing.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One mapper instance serves many threads at once (each with its own Bundle) and gives the same records. */
class MapperConcurrencyTest {

    @Test
    void oneMapper_manyThreads_sameRecordsAsOneByOne() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path file : SharedFixtures.jsonFiles(StructuredFixtures.FOLDER)) {
            texts.add(Files.readString(file));
        }
        List<CareRecord> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(StructuredFixtures.map(Stu3Fhir.parseBundle(text), ClinicalArea.values()).record());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<CareRecord>> tasks = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    tasks.add(() -> StructuredFixtures.map(Stu3Fhir.parseBundle(text), ClinicalArea.values())
                            .record());
                }
            }
            List<Future<CareRecord>> results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
