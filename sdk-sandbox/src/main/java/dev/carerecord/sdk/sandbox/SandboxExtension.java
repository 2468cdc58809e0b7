package dev.carerecord.sdk.sandbox;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: starts one sandbox per test class (configured by {@link SandboxConfig}), injects it as a
 * {@link Sandbox} or {@link SandboxUrls} parameter or a {@link SandboxUrl}-annotated String/URI parameter, and
 * stops it after the class. Nested classes share their outer class's sandbox. Faults are cleared after each
 * class, never between tests: clear them yourself when a test sets some.
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyClientTest {
 *     @Test void reads(@SandboxUrl(SandboxUrl.Api.PDS) String pds, Sandbox sandbox) { ... }
 * }
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
    private static final String KEY = "sandbox";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getStore(NAMESPACE).get(KEY, Sandbox.class) != null) {
            return;
        }
        SandboxConfig config = context.getRequiredTestClass().getAnnotation(SandboxConfig.class);
        Sandbox.Builder builder = Sandbox.builder();
        if (config != null) {
            builder.scale(config.scale()).seed(config.seed());
            if (!config.today().isEmpty()) {
                ZoneId uk = ZoneId.of("Europe/London");
                builder.clock(Clock.fixed(LocalDate.parse(config.today()).atTime(12, 0).atZone(uk).toInstant(), uk));
            }
            if (config.tokenLifetimeSeconds() > 0) {
                builder.tokenLifetime(java.time.Duration.ofSeconds(config.tokenLifetimeSeconds()));
            }
            if (!config.sdsApiKey().isEmpty()) {
                builder.sdsApiKey(config.sdsApiKey());
            }
        }
        context.getStore(NAMESPACE).put(KEY, builder.start());
        context.getStore(NAMESPACE).put(KEY + ".owner", context.getUniqueId());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(context.getStore(NAMESPACE).get(KEY + ".owner", String.class))) {
            return;
        }
        Sandbox sandbox = context.getStore(NAMESPACE).remove(KEY, Sandbox.class);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (parameter.isAnnotated(SandboxUrl.class)) {
            return type == String.class || type == URI.class;
        }
        return type == Sandbox.class || type == SandboxUrls.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Sandbox sandbox = context.getStore(NAMESPACE).get(KEY, Sandbox.class);
        if (sandbox == null) {
            throw new ParameterResolutionException("No sandbox: register SandboxExtension on the test class");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == Sandbox.class) {
            return sandbox;
        }
        if (type == SandboxUrls.class) {
            return sandbox.urls();
        }
        SandboxUrl annotation = parameter.findAnnotation(SandboxUrl.class).orElseThrow();
        String url = url(sandbox.urls(), annotation);
        return type == URI.class ? URI.create(url) : url;
    }

    private static String url(SandboxUrls urls, SandboxUrl annotation) {
        String ods = annotation.ods().isEmpty() ? SandboxOrganisations.PRACTICE_A.ods() : annotation.ods();
        return switch (annotation.value()) {
            case BASE -> urls.base();
            case GPCONNECT -> urls.gpConnect(ods);
            case GPCONNECT_STRUCTURED -> urls.gpConnectStructured(ods);
            case GPCONNECT_DOCUMENTS -> urls.gpConnectDocuments(ods);
            case SDS -> urls.sds();
            case PDS -> urls.pds();
            case SHCR -> urls.shcr();
            case OAUTH_TOKEN -> urls.oauthToken();
            case ADMIN -> urls.admin();
        };
    }
}
