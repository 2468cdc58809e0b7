package dev.carerecord.sdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run happened on, in one line: JDK, CPU model and core count. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        return "JDK " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + "); CPU " + cpuModel() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores available; " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ".";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch", "unknown");
    }
}
