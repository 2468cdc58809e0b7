package dev.carerecord.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results of JMH runs, read from JMH's JSON output files. */
final class JmhResults {
    /** One benchmark's result: its method, parameters, threads and primary metric. */
    record Result(String method, Map<String, String> params, int threads, double score, double error, String unit,
            Map<String, Double> percentiles, int samples) {
        /** A percentile such as 50.0 or 99.0, or NaN. */
        double percentile(double p) {
            Double v = percentiles.get(String.valueOf(p));
            return v == null ? Double.NaN : v;
        }
    }

    private final List<Result> results = new ArrayList<>();

    /** Reads every {@code jmh-*.json} file of {@code dir}. */
    static JmhResults read(Path dir) throws IOException {
        JmhResults all = new JmhResults();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("jmh-.*\\.json")).sorted().toList()) {
                JsonNode root = json.readTree(file.toFile());
                for (JsonNode run : root) {
                    all.results.add(parse(run));
                }
            }
        }
        return all;
    }

    static Result parse(JsonNode run) {
        String benchmark = run.path("benchmark").asText();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        Map<String, String> params = new java.util.TreeMap<>();
        run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode metric = run.path("primaryMetric");
        Map<String, Double> percentiles = new java.util.HashMap<>();
        metric.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
        int samples = 0;
        for (JsonNode fork : metric.path("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    samples += bucket.path(1).asInt();
                }
            }
        }
        if (samples == 0) {
            for (JsonNode fork : metric.path("rawData")) {
                samples += fork.size();
            }
        }
        return new Result(method, params, run.path("threads").asInt(1), metric.path("score").asDouble(Double.NaN),
                metric.path("scoreError").asDouble(Double.NaN), metric.path("scoreUnit").asText(), percentiles, samples);
    }

    /** The result of {@code Class.method} with these threads and a parameter value (null: any), if measured. */
    Optional<Result> find(String method, int threads, String paramValue) {
        return results.stream().filter(r -> r.method().equals(method))
                .filter(r -> threads <= 0 || r.threads() == threads)
                .filter(r -> paramValue == null || r.params().containsValue(paramValue))
                .findFirst();
    }

    boolean isEmpty() {
        return results.isEmpty();
    }
}
