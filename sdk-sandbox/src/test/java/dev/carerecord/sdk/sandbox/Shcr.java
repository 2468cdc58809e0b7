package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** A plain shared care record and token endpoint caller for tests (java.net.http, real sockets, strict parsing). */
final class Shcr {
    static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";

    private Shcr() {
    }

    /** A token from the demo client-secret client, obtained over HTTP. */
    static String token(Sandbox sandbox) {
        HttpResponse<String> response = postForm(sandbox.urls().oauthToken(), Map.of("grant_type", "client_credentials",
                "client_id", SandboxOAuth.DEMO_CLIENT_ID, "client_secret", SandboxOAuth.DEMO_CLIENT_SECRET));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body(), "access_token");
    }

    /** A string field of a flat JSON object. */
    static String json(String body, String field) {
        Object value = ((Map<?, ?>) dev.carerecord.sdk.sandbox.http.MiniJson.parse(body)).get(field);
        return value == null ? null : value.toString();
    }

    /** GET {@code base + pathAndQuery} with a bearer token (null: none) and header name/value pairs. */
    static HttpResponse<String> get(Sandbox sandbox, String pathAndQuery, String token, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = token == null ? null : "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Http.get(pathAndQuery.startsWith("http") ? pathAndQuery : sandbox.urls().shcr() + pathAndQuery, all);
    }

    static HttpResponse<String> postForm(String url, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(url, body, headers);
    }

    static HttpResponse<String> post(String url, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return Gpc.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code identifier=https://fhir.nhs.uk/Id/nhs-number%7C{nhs}}. */
    static String nhsIdentifier(String nhsNumber) {
        return "identifier=" + NHS + "%7C" + nhsNumber;
    }

    /** A 200 searchset, strictly parsed. */
    static Bundle bundle(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Fhir.r4Bundle(response.body());
    }

    /** The shared care record's logical id of a patient, found by NHS number. */
    static String patientId(Sandbox sandbox, String token, String nhsNumber) {
        Bundle found = bundle(get(sandbox, "/Patient?" + nhsIdentifier(nhsNumber), token));
        assertThat(found.getEntry()).hasSize(1);
        return found.getEntryFirstRep().getResource().getIdElement().getIdPart();
    }

    /** Every page of a search, following next links; each page strictly parsed and checked. */
    static List<Bundle> pages(Sandbox sandbox, String pathAndQuery, String token) {
        List<Bundle> pages = new ArrayList<>();
        Bundle page = bundle(get(sandbox, pathAndQuery, token));
        pages.add(page);
        while (page.getLink("next") != null) {
            assertThat(pages).as("runaway paging").hasSizeLessThan(200);
            page = bundle(get(sandbox, page.getLink("next").getUrl(), token));
            pages.add(page);
        }
        return pages;
    }

    /** The match-mode resources of all pages, in order. */
    static List<Resource> matches(List<Bundle> pages) {
        List<Resource> out = new ArrayList<>();
        for (Bundle page : pages) {
            page.getEntry().stream().filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                    .forEach(e -> out.add(e.getResource()));
        }
        return out;
    }

    /** Every match of a search (all pages, 50 a page). */
    static List<Resource> all(Sandbox sandbox, String type, String query, String token) {
        return matches(pages(sandbox, "/" + type + "?" + query + "&_count=50", token));
    }
}
