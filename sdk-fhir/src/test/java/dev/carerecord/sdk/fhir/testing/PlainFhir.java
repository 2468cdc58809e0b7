package dev.carerecord.sdk.fhir.testing;

import dev.carerecord.sdk.fhir.internal.fhir.R4Fhir;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a FHIR server with a plain JDK HTTP client, independently of the SDK's clients: for tests that count
 * what the server holds by following its paging themselves.
 */
public final class PlainFhir {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    public PlainFhir(String token) {
        this.token = token;
    }

    /** Every {@code match} resource of a search, following {@code next} links; {@code url} already encoded. */
    public List<Resource> matches(String url) {
        List<Resource> found = new ArrayList<>();
        String next = url;
        int pages = 0;
        while (next != null) {
            Bundle bundle = bundle(next);
            pages++;
            if (pages > 200) {
                throw new IllegalStateException("paging did not end");
            }
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH) {
                    found.add(e.getResource());
                }
            }
            next = bundle.getLink("next") == null ? null : bundle.getLink("next").getUrl();
        }
        return found;
    }

    /** One Bundle. */
    public Bundle bundle(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json")
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url);
            }
            return R4Fhir.context().newJsonParser().parseResource(Bundle.class, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
