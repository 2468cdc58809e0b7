package dev.carerecord.sdk.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Options for the sandbox {@link SandboxExtension} starts for an annotated test class. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxConfig {
    /** Growth factor of the rich patient (see {@link Sandbox.Builder#scale(int)}). */
    int scale() default 1;

    /** A fixed "today" as {@code yyyy-MM-dd} (clinical dates are relative to it); empty for the real date. */
    String today() default "";

    /** Seed of fraction-based faults. */
    long seed() default 42;

    /** The only SDS apikey accepted; empty accepts any non-blank key. */
    String sdsApiKey() default "";

    /** OAuth access token lifetime in seconds; 0 keeps the default (599). */
    int tokenLifetimeSeconds() default 0;
}
