package dev.carerecord.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.model.provenance.SourceKind;
import dev.carerecord.sdk.model.value.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Entry ids are the first 8 bytes of SHA-256 of their seed, whichever thread makes them, one after another. */
class EntryIdsHashTest {

    private static String expected(String prefix, String seed) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    @Test
    void idsAreTheSha256OfTheirSeed() throws Exception {
        assertThat(EntryIds.of(SourceKind.GP_CONNECT_STU3, "Y90001", "MedicationRequest", Optional.empty(), "m1"))
                .isEqualTo(expected("mr", "GP_CONNECT_STU3|Y90001|r|MedicationRequest|m1"));
        Identifier business = new Identifier(Optional.of("https://example.org/ids"), "42");
        assertThat(EntryIds.of(SourceKind.GP_CONNECT_STU3, null, "Observation", Optional.of(business), "o1"))
                .isEqualTo(expected("o", "GP_CONNECT_STU3||b|example.org/ids|42"));
    }

    @Test
    void repeatedAndConcurrentCallsAgree() throws Exception {
        String first = EntryIds.of(SourceKind.GP_CONNECT_STU3, "Y90001", "Condition", Optional.empty(), "c1");
        assertThat(EntryIds.of(SourceKind.GP_CONNECT_STU3, "Y90001", "Condition", Optional.empty(), "c1"))
                .isEqualTo(first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = IntStream.range(0, 2_000).mapToObj(i -> pool.submit(() -> EntryIds.of(
                    SourceKind.GP_CONNECT_STU3, "Y90001", "Condition", Optional.empty(), "c" + (i % 2 + 1)))).toList();
            String second = EntryIds.of(SourceKind.GP_CONNECT_STU3, "Y90001", "Condition", Optional.empty(), "c2");
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i).get()).isEqualTo(i % 2 == 0 ? first : second);
            }
        } finally {
            pool.shutdown();
        }
    }
}
