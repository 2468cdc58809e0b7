package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carerecord.sdk.core.http.BulkheadOptions;
import dev.carerecord.sdk.core.http.CircuitBreakerOptions;
import dev.carerecord.sdk.core.http.CircuitState;
import dev.carerecord.sdk.core.http.LogOptions;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order of the two guards: an open circuit refuses before any slot wait. */
class EndpointGuardsTest {

    @Test
    void anOpenCircuit_refusesAtOnce_evenWhenEverySlotIsTakenAndWaitingIsAllowed() throws Exception {
        EndpointGuards guards = new EndpointGuards("guards-test", CircuitBreakerOptions.builder().build(),
                BulkheadOptions.builder().maxConcurrentCalls(2).maxWait(Duration.ofSeconds(20)).build(),
                Clock.systemUTC(), new Listeners(List.of()), new WireLogger("guards-test", LogOptions.defaults()));
        EndpointGuards.Permit first = guards.acquire("k", Duration.ofSeconds(30));
        EndpointGuards.Permit second = guards.acquire("k", Duration.ofSeconds(30));
        try {
            // both slots are held by calls from before the circuit opened (opened here directly: through calls,
            // the failure that opens it frees its own slot)
            breakerOf(guards, "k").transitionToOpenState();
            assertThat(guards.state("k")).isEqualTo(CircuitState.OPEN);

            // a slot wait would last 20 s and end as "bulkhead full"; the open circuit answers first
            EndpointGuards.Refused refused = catchThrowableOfType(EndpointGuards.Refused.class,
                    () -> guards.acquire("k", Duration.ofSeconds(30)));
            assertThat(refused).isNotNull();
            assertThat(refused.circuitOpen()).isTrue();
        } finally {
            first.released();
            second.released();
        }
    }

    @SuppressWarnings("unchecked")
    private static CircuitBreaker breakerOf(EndpointGuards guards, String key) throws Exception {
        Field breakers = EndpointGuards.class.getDeclaredField("breakers");
        breakers.setAccessible(true);
        return ((Map<String, CircuitBreaker>) breakers.get(guards)).get(key);
    }
}
