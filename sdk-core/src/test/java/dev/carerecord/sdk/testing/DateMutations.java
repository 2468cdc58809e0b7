package dev.carerecord.sdk.testing;

import java.util.Random;

/**
 * Near-miss date and date-time texts for tests that hold a fast parser to a slow reference: a known text with
 * one to three random single-character insertions, deletions or replacements from the characters dates are made
 * of (and a few that they are not).
 */
public final class DateMutations {
    private static final String ALPHABET = "0123456789-T:Z+.x ";

    private DateMutations() {
    }

    /** {@code seed} (null reads as empty) with one to three random edits. */
    public static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed == null ? "" : seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }
}
