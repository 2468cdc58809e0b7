package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.http.ActiveFault;
import dev.carerecord.sdk.sandbox.http.FaultEngine;
import java.time.Duration;

/** A handle on one injected fault: what it matches and does, how often it has fired, and a way to clear it. */
public final class FaultRule {
    private final ActiveFault fault;
    private final FaultEngine engine;

    FaultRule(ActiveFault fault, FaultEngine engine) {
        this.fault = fault;
        this.engine = engine;
    }

    public String id() {
        return fault.id();
    }

    /** The route name or glob it matches, or null when it matches a path pattern. */
    public String route() {
        return fault.route();
    }

    /** The path regex it matches, or null when it matches a route. */
    public String pathPattern() {
        return fault.path() == null ? null : fault.path().pattern();
    }

    public FaultKind kind() {
        return fault.kind();
    }

    /** The HTTP status it answers with (STATUS, TOO_MANY_REQUESTS and GPCONNECT_ERROR), else 0. */
    public int status() {
        return fault.status();
    }

    /** The GP Connect error it answers with (GPCONNECT_ERROR), else null. */
    public GpConnectError gpConnectError() {
        return fault.gpConnectError();
    }

    public int retryAfterSeconds() {
        return fault.retryAfterSeconds();
    }

    public Duration latency() {
        return fault.latency();
    }

    /** How many requests it has affected so far. */
    public int fired() {
        return fault.fired();
    }

    /** How many more requests it may affect, or -1 when unlimited. */
    public int remaining() {
        return fault.remaining();
    }

    /** The probability it fires for a matching request (1 for always). */
    public double fraction() {
        return fault.fraction();
    }

    /** Whether it can still fire. */
    public boolean isActive() {
        return !fault.exhausted();
    }

    /** Removes the fault and releases any request it is holding. */
    public void clear() {
        engine.remove(fault.id());
        fault.clear();
    }

    @Override
    public String toString() {
        return "FaultRule[" + id() + " " + kind() + " on " + (route() != null ? route() : pathPattern()) + "]";
    }
}
