package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import dev.carerecord.sdk.sandbox.gpconnect.GpConnectApi;
import dev.carerecord.sdk.sandbox.gpconnect.GpcStructured;
import dev.carerecord.sdk.sandbox.http.FaultEngine;
import dev.carerecord.sdk.sandbox.http.HttpEngine;
import dev.carerecord.sdk.sandbox.http.RequestRecorder;
import dev.carerecord.sdk.sandbox.http.SandboxSettings;
import dev.carerecord.sdk.sandbox.http.UnknownApi;
import dev.carerecord.sdk.sandbox.oauth.ClientRegistry;
import dev.carerecord.sdk.sandbox.oauth.OAuthApi;
import dev.carerecord.sdk.sandbox.oauth.TokenService;
import dev.carerecord.sdk.sandbox.pds.PdsApi;
import dev.carerecord.sdk.sandbox.sds.SdsApi;
import dev.carerecord.sdk.sandbox.shcr.ShcrApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded simulator of GP Connect (STU3), SDS and PDS (R4), a regional FHIR R4 shared care record (UK Core
 * searches and IPS {@code $summary}) and an OAuth 2.0 token endpoint, with synthetic patients and fault
 * injection, on one HTTP server bound to 127.0.0.1. Start one with {@link #start()} or {@link #builder()}, read its
 * {@link #urls()}, and close it when done (its threads are daemons, so a forgotten one never keeps a JVM alive).
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *     String structured = sandbox.urls().gpConnectStructured(SandboxOrganisations.PRACTICE_A.ods());
 *     sandbox.faults().on(SandboxRoutes.GPC_STRUCTURED).next(1).status(503);
 *     ...
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private final HttpEngine engine;
    private final SandboxSettings settings;
    private final Faults faults;
    private final RecordedRequests requests;
    private final SandboxUrls urls;
    private final SandboxOAuth oauth;
    private final ShcrApi shcr;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Sandbox(Builder b) {
        this.settings = new SandboxSettings(b.clock, b.jwtClock, b.jwtLeeway, b.scale, b.sdsApiKey);
        FaultEngine faultEngine = new FaultEngine();
        RequestRecorder recorder = new RequestRecorder(b.clock);
        this.faults = new Faults(faultEngine, b.seed);
        this.requests = new RecordedRequests(recorder);
        ClientRegistry clients = new ClientRegistry();
        TokenService tokens = new TokenService(b.jwtClock, b.tokenLifetime);
        this.oauth = new SandboxOAuth(clients, tokens);
        this.shcr = new ShcrApi(settings, tokens);
        this.engine = new HttpEngine(b.port, b.threads, b.hangCap, new AdminApi(faults, requests),
                List.of(new GpConnectApi(settings), new SdsApi(b.sdsApiKey), new PdsApi(b.clock), shcr,
                        new OAuthApi(clients, tokens)), new UnknownApi(), faultEngine, recorder);
        engine.start();
        this.urls = new SandboxUrls(engine.baseUrl(), engine.port());
        warmUp();
    }

    /**
     * Creates the FHIR contexts and renders one record in the background, so the first real request does not pay
     * HAPI's start-up cost (seconds) while start() stays fast.
     */
    private void warmUp() {
        Thread warm = new Thread(() -> {
            try {
                FhirContexts.r4Json(new org.hl7.fhir.r4.model.Patient());
                structuredRecordJson(SandboxPatients.RICH.nhsNumber());
                shcr.warmUp();
            } catch (RuntimeException e) {
                LOG.debug("warm-up failed: {}", e.toString());
            }
        }, "sandbox-warmup");
        warm.setDaemon(true);
        warm.start();
    }

    /** Starts a sandbox with the defaults: random port, system clock, scale 1. */
    public static Sandbox start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public SandboxUrls urls() {
        return urls;
    }

    /** The OAuth 2.0 token endpoint: clients, the built-in demo clients, token lifetime. */
    public SandboxOAuth oauth() {
        return oauth;
    }

    /** Fault injection, settable at any time. */
    public Faults faults() {
        return faults;
    }

    /** The requests received so far. */
    public RecordedRequests requests() {
        return requests;
    }

    /** The clock that defines "today" for the synthetic records. */
    public Clock clock() {
        return settings.clock();
    }

    /** The growth factor of the rich patient. */
    public int scale() {
        return settings.scale();
    }

    /**
     * The full structured record of a served patient (every area and part) as the STU3 JSON this sandbox would
     * send, without HTTP; Bundle.id is a random UUID. For benchmarks that parse it.
     */
    public String structuredRecordJson(String nhsNumber) {
        return GpcStructured.fullRecordJson(nhsNumber, settings.clock(), settings.scale(), urls.base(),
                UUID.randomUUID().toString());
    }

    /** As {@link #structuredRecordJson(String)}, without starting a sandbox. */
    public static String structuredRecordJson(String nhsNumber, int scale, Clock clock) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        return GpcStructured.fullRecordJson(nhsNumber, Objects.requireNonNull(clock, "clock"), scale,
                "http://127.0.0.1", UUID.randomUUID().toString());
    }

    /** Stops the server, releasing held (hung) requests. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            engine.stop();
        }
    }

    @Override
    public String toString() {
        return "Sandbox[" + urls.base() + "]";
    }

    /** Options for a sandbox; {@link #start()} binds and starts it. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemDefaultZone();
        private Clock jwtClock = Clock.systemUTC();
        private Duration jwtLeeway = Duration.ofSeconds(60);
        private long seed = 42;
        private int scale = 1;
        private int threads = 64;
        private Duration hangCap = Duration.ofSeconds(60);
        private String sdsApiKey;
        private Duration tokenLifetime = Duration.ofSeconds(599);

        private Builder() {
        }

        /** The port on 127.0.0.1 (0, the default, picks a free one). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535");
            }
            this.port = port;
            return this;
        }

        /** The clock that defines "today" (clinical dates are relative to it). JWT checks use {@link #jwtClock}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The clock of every security time check (default: the system UTC clock): the GP Connect JWT
         * {@code iat}/{@code exp}, OAuth client assertions and token expiry, and how long search paging links stay
         * valid.
         */
        public Builder jwtClock(Clock clock) {
            this.jwtClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far in the future a JWT {@code iat} may be, and how long after {@code exp} it is still accepted. */
        public Builder jwtLeeway(Duration leeway) {
            Objects.requireNonNull(leeway, "leeway");
            if (leeway.isNegative()) {
                throw new IllegalArgumentException("leeway must not be negative");
            }
            this.jwtLeeway = leeway;
            return this;
        }

        /** The default seed of fraction-based faults. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Grows the rich patient: (scale - 1) extra consultations and investigations and 3 x (scale - 1) extra
         * medication issues. The full structured record (every area) is about 140 KB of JSON at 1, 300 KB at 8,
         * 1 MB at 40 and 10 MB at 430.
         */
        public Builder scale(int scale) {
            if (scale < 1) {
                throw new IllegalArgumentException("scale must be at least 1");
            }
            this.scale = scale;
            return this;
        }

        /** Worker threads (default 64; held requests occupy one each). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /** The longest a hang fault holds a request (default 60 s). */
        public Builder hangCap(Duration cap) {
            Objects.requireNonNull(cap, "cap");
            if (cap.isNegative() || cap.isZero()) {
                throw new IllegalArgumentException("cap must be positive");
            }
            this.hangCap = cap;
            return this;
        }

        /** The only SDS apikey accepted (default: any non-blank key, like the public SDS sandbox). */
        public Builder sdsApiKey(String apiKey) {
            this.sdsApiKey = apiKey;
            return this;
        }

        /**
         * How long OAuth access tokens stay valid (default 599 s, sent as {@code "expires_in":"599"} like NHS
         * England's APIM); shorten it to test expiry and refresh. Expiry is measured on {@link #jwtClock}.
         */
        public Builder tokenLifetime(Duration lifetime) {
            Objects.requireNonNull(lifetime, "lifetime");
            if (lifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("lifetime must be at least one second");
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /** Binds 127.0.0.1 and starts serving. */
        public Sandbox start() {
            return new Sandbox(this);
        }
    }
}
