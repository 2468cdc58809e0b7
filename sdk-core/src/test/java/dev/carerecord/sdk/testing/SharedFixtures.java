package dev.carerecord.sdk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the public example payloads in {@code ../shared/fixtures} (never copied into this repository). Where
 * that folder is absent the calling test is skipped, saying why. The location comes from the
 * {@code sdk.fixtures.dir} system property (set by the build), else {@code ../shared/fixtures} from the working
 * directory or its parent.
 */
public final class SharedFixtures {
    private SharedFixtures() {
    }

    /** The fixtures folder; skips the calling test when it is absent. */
    public static Path root() {
        Path root = locate();
        assumeTrue(root != null, "skipped: ../shared/fixtures is not present beside this checkout "
                + "(set -Dsdk.fixtures.dir to its location to run fixture tests)");
        return root;
    }

    /** The file at {@code relative} under the fixtures folder; skips the calling test when absent. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "skipped: fixture " + relative + " is not present");
        return file;
    }

    /** The text of a fixture file. */
    public static String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .json} file directly in {@code folder} (not in its subfolders), sorted by name. */
    public static List<Path> jsonFiles(String folder) {
        Path dir = root().resolve(folder);
        assumeTrue(Files.isDirectory(dir), "skipped: fixture folder " + folder + " is not present");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String configured = System.getProperty("sdk.fixtures.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        // the working directory (the checkout) or its parent (a module of it), as documented; not every
        // ancestor, which could pick up an unrelated shared/ folder higher up
        Path here = Path.of("").toAbsolutePath();
        for (Path dir : new Path[] {here, here.getParent()}) {
            Path candidate = dir == null ? null : dir.resolve("../shared/fixtures").normalize();
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
