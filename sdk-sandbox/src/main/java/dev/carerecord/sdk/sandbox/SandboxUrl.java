package dev.carerecord.sdk.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects one base URL of the class's sandbox into a test parameter of type {@code String} or
 * {@code java.net.URI} (with {@link SandboxExtension}), e.g.
 * {@code void test(@SandboxUrl(SandboxUrl.Api.PDS) String pdsBase)}. GP Connect roots are for {@link #ods()}
 * (default: {@link SandboxOrganisations#PRACTICE_A}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SandboxUrl {
    /** Which URL. */
    Api value();

    /** The practice for GP Connect roots; empty means practice A. */
    String ods() default "";

    /** The base URLs a test can ask for. */
    enum Api {
        BASE, GPCONNECT, GPCONNECT_STRUCTURED, GPCONNECT_DOCUMENTS, SDS, PDS, SHCR, OAUTH_TOKEN, ADMIN
    }
}
