package dev.carerecord.sdk.core.internal.http;

import java.util.UUID;

/**
 * Makes correlation ids: random (version 4) UUIDs, redrawn in the rare case (about 1%) that one holds a run of
 * ten decimal digits, so that an id is never mistaken for an NHS number, by the log redactor or by a log scan.
 */
final class CorrelationIds {
    private CorrelationIds() {
    }

    static String next() {
        while (true) {
            String id = UUID.randomUUID().toString();
            if (!hasTenDigitRun(id)) {
                return id;
            }
        }
    }

    static boolean hasTenDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 10) {
                return true;
            }
        }
        return false;
    }
}
