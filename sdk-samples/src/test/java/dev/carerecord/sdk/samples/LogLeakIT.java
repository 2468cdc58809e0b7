package dev.carerecord.sdk.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carerecord.sdk.core.ids.NhsNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after every module's unit tests (failsafe, in the verify phase): every test JVM logged at DEBUG to
 * {@code target/sdk-test-debug.log}; none of those logs may hold an unredacted NHS number, in any module.
 */
class LogLeakIT {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z-])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9A-Za-z])");

    /** Columns at which {@code line} holds a Modulus-11-valid NHS number, bare or spaced 3-3-4. */
    static List<Integer> leaks(String line) {
        List<Integer> columns = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(line);
        while (m.find()) {
            if (NhsNumber.isValid(m.group(1) + m.group(2) + m.group(3))) {
                columns.add(m.start());
            }
        }
        return columns;
    }

    @Test
    void scanner_findsNhsNumbersInTheirUsualForms_andIgnoresUuidsAndLongerRuns() {
        assertThat(leaks("GET http://x/Patient/9434765919 200")).containsExactly(21);
        assertThat(leaks("identifier=nhs-number|943 476 5919")).hasSize(1);
        assertThat(leaks("correlationId=3275f02c-0129-40d8-b442-2352644ce64b")).isEmpty();
        assertThat(leaks("asid=918999198738 nhs=*******919 masked=9434765918")).isEmpty();
    }

    @Test
    void noTestLogOfTheBuild_holdsAnNhsNumber() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> logs;
        try (Stream<Path> modules = Files.list(root)) {
            logs = modules.map(m -> m.resolve("target/sdk-test-debug.log")).filter(Files::isRegularFile).toList();
        }
        assumeTrue(!logs.isEmpty(), "skipped: no module wrote a test log (tests were not run)");
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.forEach(line -> leaks(line).forEach(at -> leaks.add(root.relativize(log) + " column " + at)));
            }
        }
        assertThat(logs).as("test logs scanned").isNotEmpty();
        assertThat(leaks).as("NHS-number-shaped values in DEBUG test logs").isEmpty();
    }
}
