package dev.carerecord.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads JMH's JSON and the memory files, and works out ratios and verdicts from them. */
class ReportWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path results;

    @Test
    void ratiosAndVerdictsComeFromTheFigures() throws Exception {
        Files.writeString(results.resolve("jmh-parse.json"), "["
                + run("Stu3ParseMapBenchmark.sdkParseMap", "size", "KB_300", 1, 12.0, "ms/op")
                + "," + run("Stu3ParseMapBenchmark.hapiParse", "size", "KB_300", 1, 10.0, "ms/op")
                + "," + run("Stu3ParseMapBenchmark.sdkParseMap", "size", "MB_1", 1, 40.0, "ms/op")
                + "," + run("Stu3ParseMapBenchmark.hapiParse", "size", "MB_1", 1, 20.0, "ms/op") + "]");
        Files.writeString(results.resolve("jmh-roundtrip-8.json"), "["
                + run("RoundTripBenchmark.sdkGetStructuredRecord", null, null, 8, 20.0, "ms/op")
                + "," + run("RoundTripBenchmark.bareHttpAndHapiParse", null, null, 8, 16.0, "ms/op")
                + "," + run("RoundTripBenchmark.pipelineAndHapiParse", null, null, 8, 17.0, "ms/op") + "]");
        JsonNode footprint = JSON.readTree("{\"KB_300\":{\"inputBytes\":300000,\"recordRetained\":250000,"
                + "\"recordJsonBytes\":300000,\"cachedResultRetained\":550000,\"hapiBundleRetained\":1100000}}");
        JsonNode peak = JSON.readTree("{\"inputBytes\":10485760,\"floorMb\":40,\"sdkMb\":90,\"hapiMb\":100,"
                + "\"jacksonMb\":60}");

        String previous = System.getProperty(BenchInputs.DIR_PROPERTY);
        System.setProperty(BenchInputs.DIR_PROPERTY, results.resolve("no-inputs").toString());
        String report;
        try {
            report = new ReportWriter(JmhResults.read(results), footprint, peak).write("test machine",
                    Optional.of("## Where the time goes\n\nnotes"));
        } finally {
            if (previous == null) {
                System.clearProperty(BenchInputs.DIR_PROPERTY);
            } else {
                System.setProperty(BenchInputs.DIR_PROPERTY, previous);
            }
        }

        assertThat(report).contains("test machine").contains("## Where the time goes");
        assertThat(row(report, "STU3 293 KB: parse + map vs HAPI")).contains("| 1.20x |").endsWith("| MET |");
        assertThat(row(report, "STU3 MB_1: parse + map vs HAPI")).contains("| 40 ms ± 0 | 20 ms ± 0 | 2.00x |")
                .endsWith("| NOT MET |");
        assertThat(row(report, "concurrency 8, split")).contains("471 req/s").contains("500 req/s")
                .contains("0.94x");
        assertThat(row(report, "concurrency 8:")).contains("400 req/s").contains("500 req/s").contains("0.80x")
                .endsWith("| NOT MET |");
        assertThat(row(report, "concurrency 1")).contains("not measured");
        assertThat(row(report, "`CareRecord` of the 293 KB")).contains("0.83x").endsWith("| MET |");
        assertThat(row(report, "peak heap, 10 MB record: SDK")).contains("50 MB (5.0x size)").endsWith("| MET |");
        assertThat(row(report, "cache hit")).contains("not measured");
    }

    private static String row(String report, String containing) {
        return report.lines().filter(l -> l.startsWith("|") && l.contains(containing)).findFirst().orElse(null);
    }

    private static String run(String benchmark, String param, String value, int threads, double score, String unit) {
        return "{\"benchmark\":\"dev.carerecord.sdk.benchmarks." + benchmark + "\",\"mode\":\"avgt\",\"threads\":"
                + threads + (param == null ? "" : ",\"params\":{\"" + param + "\":\"" + value + "\"}")
                + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":0.1,\"scoreUnit\":\"" + unit
                + "\",\"scorePercentiles\":{\"50.0\":" + score + ",\"99.0\":" + (score * 2) + "},"
                + "\"rawData\":[[" + score + "]]}}";
    }
}
