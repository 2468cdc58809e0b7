package dev.carerecord.sdk.sandbox.http;

import dev.carerecord.sdk.sandbox.FaultKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the active faults and decides, per request, which apply: every firing latency fault adds its delay, and
 * the first firing fault of another kind (in the order they were added) decides the outcome. Later faults are
 * not consulted once one has fired, so their counts are kept.
 */
public final class FaultEngine {
    private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** What to do with one request. */
    public record Decision(Duration latency, ActiveFault outcome) {
        static final Decision NONE = new Decision(Duration.ZERO, null);
    }

    /** A new fault id, unique within this sandbox. */
    public String nextId() {
        return "fault-" + ids.incrementAndGet();
    }

    public void add(ActiveFault fault) {
        faults.add(fault);
    }

    /** Removes one fault (releasing a request it holds); returns whether it was present. */
    public boolean remove(String id) {
        for (ActiveFault f : faults) {
            if (f.id().equals(id)) {
                f.clear();
                return faults.remove(f);
            }
        }
        return false;
    }

    /** Removes every fault, releasing held requests. */
    public void clear() {
        for (ActiveFault f : faults) {
            f.clear();
        }
        faults.clear();
    }

    /** The faults that can still fire, in the order they were added. */
    public List<ActiveFault> active() {
        return faults.stream().filter(f -> !f.exhausted()).toList();
    }

    public Decision decide(String route, String path) {
        if (faults.isEmpty()) {
            return Decision.NONE;
        }
        Duration latency = Duration.ZERO;
        ActiveFault outcome = null;
        for (ActiveFault f : faults) {
            if (f.exhausted() || !f.matches(route, path)) {
                continue;
            }
            if (f.kind() == FaultKind.LATENCY) {
                if (f.tryFire()) {
                    latency = latency.plus(f.latency());
                }
            } else if (outcome == null && f.tryFire()) {
                outcome = f;
            }
        }
        faults.removeIf(f -> f.remaining() == 0 && f.kind() != FaultKind.HANG);
        return new Decision(latency, outcome);
    }
}
