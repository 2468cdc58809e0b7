package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Encounter;
import org.junit.jupiter.api.Test;

/** 32 concurrent callers over keep-alive connections; the rich record grows with the scale. */
class ConcurrencyAndScaleTest {
    @Test
    void thirtyTwoThreads_allServedCorrectly() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                List<Future<List<Integer>>> results = new ArrayList<>();
                for (int t = 0; t < 32; t++) {
                    final int thread = t;
                    results.add(pool.submit(() -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            HttpResponse<String> r = (thread + i) % 2 == 0
                                    ? Gpc.structured(sandbox, SandboxOrganisations.PRACTICE_A,
                                            Params.patient(SandboxPatients.RICH.nhsNumber()).area("includeMedication").json()).send()
                                    : Http.get(sandbox.urls().pds() + "/Patient/" + SandboxPatients.RICH.nhsNumber(),
                                            "X-Request-ID", java.util.UUID.randomUUID().toString());
                            statuses.add(r.statusCode());
                        }
                        return statuses;
                    }));
                }
                for (Future<List<Integer>> f : results) {
                    assertThat(f.get()).containsOnly(200);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(sandbox.requests().count("*")).isEqualTo(320);
        }
    }

    @Test
    void scale_growsTheRichRecord_andRendersWithoutHttp() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
        String small = Sandbox.structuredRecordJson(SandboxPatients.RICH.nhsNumber(), 1, clock);
        String large = Sandbox.structuredRecordJson(SandboxPatients.RICH.nhsNumber(), 10, clock);
        assertThat(large.length()).isGreaterThan(small.length() * 2);
        Bundle bundle = Fhir.stu3Bundle(large);
        assertThat(Fhir.all(bundle, Encounter.class)).hasSize(5 + 9);
        assertThat(Fhir.stu3Bundle(Sandbox.structuredRecordJson(SandboxPatients.WARNINGS.nhsNumber(), 1, clock)).getEntry()).isNotEmpty();
    }
}
