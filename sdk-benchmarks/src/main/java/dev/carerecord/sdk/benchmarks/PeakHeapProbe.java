package dev.carerecord.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One attempt of the peak-heap search, in a JVM started with a given {@code -Xmx}: warms up both the SDK and HAPI
 * on the 300 KB record (so both FHIR contexts and their lazily built models exist in every mode, and the floor is
 * the same), collects, then reads the document and does the mode's work once: {@code floor} nothing (and the
 * document is not read), {@code sdk} parse and map, {@code hapi} HAPI's parse alone, {@code jackson} a JSON tree.
 * Exits 0 on success and {@value #OUT_OF_MEMORY} on {@link OutOfMemoryError}.
 */
public final class PeakHeapProbe {
    /** The exit status when the heap was too small. */
    public static final int OUT_OF_MEMORY = 3;

    private PeakHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path document = Path.of(args[1]);
        try {
            byte[] small = BenchInputs.stu3(BenchInputs.Stu3Size.KB_300);
            SdkPaths.stu3(small);
            Baselines.hapiStu3(small);
            Baselines.jacksonTree(small);
            small = null;
            System.gc();
            Object kept = switch (mode) {
                case "floor" -> null;
                case "sdk" -> SdkPaths.stu3(Files.readAllBytes(document));
                case "hapi" -> Baselines.hapiStu3(Files.readAllBytes(document));
                case "jackson" -> Baselines.jacksonTree(Files.readAllBytes(document));
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            System.out.println(mode + " ok " + (kept == null ? "" : kept.getClass().getSimpleName()));
            System.exit(0);
        } catch (OutOfMemoryError e) {
            System.exit(OUT_OF_MEMORY);
        }
    }
}
