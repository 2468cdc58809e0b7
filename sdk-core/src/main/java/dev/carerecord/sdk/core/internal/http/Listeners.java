package dev.carerecord.sdk.core.internal.http;

import dev.carerecord.sdk.core.http.CallCompletedEvent;
import dev.carerecord.sdk.core.http.CircuitStateEvent;
import dev.carerecord.sdk.core.http.PipelineListener;
import dev.carerecord.sdk.core.http.RetryEvent;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every listener, shielding the call from listener failures. */
final class Listeners {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<PipelineListener> listeners;

    Listeners(List<PipelineListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void retry(RetryEvent event) {
        each(l -> l.onRetry(event));
    }

    void circuit(CircuitStateEvent event) {
        each(l -> l.onCircuitStateChange(event));
    }

    void completed(CallCompletedEvent event) {
        each(l -> l.onCallCompleted(event));
    }

    private void each(Consumer<PipelineListener> call) {
        for (PipelineListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.debug("Pipeline listener {} failed with {}", listener.getClass().getName(),
                        e.getClass().getName());
            }
        }
    }
}
