package dev.carerecord.sdk.sandbox.http;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings every simulated API reads: the clock that defines "today" for clinical data, the clock and leeway
 * for JWT time checks, the growth factor of the rich patient, and the SDS API key (null accepts any).
 */
public record SandboxSettings(Clock clock, Clock jwtClock, Duration jwtLeeway, int scale, String sdsApiKey) {
}
