package dev.carerecord.sdk.benchmarks;

import dev.carerecord.sdk.sandbox.Sandbox;
import dev.carerecord.sdk.sandbox.SandboxPatients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The benchmarks' input documents: the sandbox's rich synthetic patient rendered as GP Connect STU3 Bundles at
 * the scales that give about 300 KB, 1 MB and 10 MB, and the R4 documents of benchmark 2. Rendered once with a
 * fixed "today" (so every run parses the same bytes) and kept as files in {@link #directory()}, so that benchmark
 * JVMs read bytes and never load the sandbox's HAPI renderers before they measure (cold start depends on it).
 */
public final class BenchInputs {
    /** The directory the files live in: system property {@code bench.inputs.dir}, else {@code target/bench-inputs}. */
    public static final String DIR_PROPERTY = "bench.inputs.dir";
    /** The fixed "today" the synthetic records are dated from. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T09:00:00Z"), ZoneOffset.UTC);
    /** The rich patient, the only one that grows with scale. */
    public static final String RICH_NHS_NUMBER = SandboxPatients.RICH.nhsNumber();

    private BenchInputs() {
    }

    /** The sizes of benchmark 1, by sandbox scale. */
    public enum Stu3Size {
        /** About 300 KB. */
        KB_300(8),
        /** About 1 MB. */
        MB_1(40),
        /** About 10 MB. */
        MB_10(430);

        private final int scale;

        Stu3Size(int scale) {
            this.scale = scale;
        }

        /** The sandbox scale that gives this size. */
        public int scale() {
            return scale;
        }
    }

    /** The directory of the input files. */
    public static Path directory() {
        return Path.of(System.getProperty(DIR_PROPERTY, "target/bench-inputs"));
    }

    /** The STU3 structured record Bundle of the rich patient at {@code size}, rendering it on first use. */
    public static byte[] stu3(Stu3Size size) {
        return cached("stu3-scale-" + size.scale() + ".json",
                () -> Sandbox.structuredRecordJson(RICH_NHS_NUMBER, size.scale(), CLOCK));
    }

    /** The R4 UK Core search Bundle of benchmark 2, rendering it on first use. */
    public static byte[] r4Search() {
        return cached("r4-search.json", () -> R4Documents.searchBundleJson(R4Documents.SCALE));
    }

    /** The IPS document of benchmark 2, rendering it on first use. */
    public static byte[] ipsDocument() {
        return cached("ips-document.json", () -> R4Documents.ipsDocumentJson(R4Documents.SCALE));
    }

    /** Renders every input file that is missing (bench/run calls this before any benchmark JVM starts). */
    public static void main(String[] args) {
        for (Stu3Size size : Stu3Size.values()) {
            report("STU3 " + size, stu3(size));
        }
        report("R4 search Bundle", r4Search());
        report("IPS document", ipsDocument());
    }

    private static void report(String what, byte[] bytes) {
        System.out.printf("%-20s %,12d bytes%n", what, bytes.length);
    }

    private static byte[] cached(String name, java.util.function.Supplier<String> render) {
        Path file = directory().resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            byte[] bytes = render.get().getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), name, ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }
}
