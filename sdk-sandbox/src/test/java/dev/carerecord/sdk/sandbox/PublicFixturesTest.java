package dev.carerecord.sdk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.parser.LenientErrorHandler;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.Bundle;
import org.junit.jupiter.api.Test;

/**
 * The public GP Connect structured examples (read from ../shared/fixtures, never copied) parse with the lenient
 * STU3 parser the sandbox uses, so the sandbox and the published shapes live in the same HAPI model. Skipped
 * when the fixtures folder is absent.
 */
class PublicFixturesTest {
    /** The shared fixtures folder: {@code sdk.fixtures.dir}, else {@code ../shared/fixtures} upward from here. */
    static Path fixtures() {
        String configured = System.getProperty("sdk.fixtures.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/fixtures").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void structuredFixtures_parseLeniently() throws IOException {
        Path root = fixtures();
        assumeTrue(root != null, "skipped: ../shared/fixtures is not present (set -Dsdk.fixtures.dir)");
        Path structured = root.resolve("gpconnect/structured");
        assumeTrue(Files.isDirectory(structured), "skipped: gpconnect/structured fixtures are not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(structured)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Bundle bundle = FhirContexts.stu3().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false))
                    .parseResource(Bundle.class, Files.readString(file));
            assertThat(bundle.getEntry()).as(file.getFileName().toString()).isNotEmpty();
        }
    }
}
