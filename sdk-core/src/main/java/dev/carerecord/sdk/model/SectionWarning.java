package dev.carerecord.sdk.model;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Objects;
import java.util.Optional;

/**
 * A warning that must be shown with a section: its kind, the source's own code (e.g. {@code data-in-transit})
 * and the text the source gave (e.g. the date before which data may be missing).
 */
public record SectionWarning(WarningKind kind, Optional<String> sourceCode, Optional<String> text) {
    public SectionWarning {
        Objects.requireNonNull(kind, "kind");
        sourceCode = opt(sourceCode);
        text = opt(text);
    }

    /** A warning with a kind and text. */
    public static SectionWarning of(WarningKind kind, String text) {
        return new SectionWarning(kind, Optional.empty(), Optional.ofNullable(text));
    }
}
