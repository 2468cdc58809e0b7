package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.FaultEngine;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fault injection, per route, settable at runtime. Example: {@code faults.on(SandboxRoutes.GPC_STRUCTURED)
 * .next(2).status(503)} answers the next two structured requests with 503, then serves normally. Faults are
 * applied in the order added; latency faults add up and combine with one other fault.
 */
public final class Faults {
    private final FaultEngine engine;
    private final long seed;

    Faults(FaultEngine engine, long seed) {
        this.engine = engine;
        this.seed = seed;
    }

    /**
     * Faults for a route ({@link SandboxRoutes}), a group ({@code "gpconnect.*"}, {@code "pds.*"}) or
     * everything ({@code "*"}).
     */
    public FaultSpec on(String route) {
        Objects.requireNonNull(route, "route");
        return new FaultSpec(engine, route, null, seed);
    }

    /** Faults for requests whose decoded path matches this regular expression (whole path). */
    public FaultSpec onPath(String regex) {
        return new FaultSpec(engine, null, Pattern.compile(regex), seed);
    }

    /** The faults that can still fire, in the order added. */
    public List<FaultRule> active() {
        return engine.active().stream().map(f -> new FaultRule(f, engine)).toList();
    }

    /** Removes one fault by id (releasing requests it holds); returns whether it existed. */
    public boolean remove(String id) {
        return engine.remove(id);
    }

    /** Removes every fault and releases every held request. */
    public void clear() {
        engine.clear();
    }
}
