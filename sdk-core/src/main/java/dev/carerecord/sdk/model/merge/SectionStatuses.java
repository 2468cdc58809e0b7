package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.model.SectionStatus;
import java.util.List;

/**
 * Which status a merged section takes when its sources disagree, and which of the statuses not taken still
 * deserve a warning. Not part of the public API.
 */
final class SectionStatuses {
    /** Most telling first: data beats any kind of emptiness; "withheld" beats "none known"; failures come last. */
    private static final List<SectionStatus> PRECEDENCE = List.of(SectionStatus.POPULATED, SectionStatus.WITHHELD,
            SectionStatus.NONE_KNOWN, SectionStatus.NO_INFORMATION, SectionStatus.NONE_RETURNED,
            SectionStatus.SOURCE_ERROR, SectionStatus.UNSUPPORTED_BY_SOURCE, SectionStatus.NOT_REQUESTED);

    private SectionStatuses() {
    }

    /** The status that wins among {@code statuses} (NOT_REQUESTED when there are none). */
    static SectionStatus winner(List<SectionStatus> statuses) {
        for (SectionStatus candidate : PRECEDENCE) {
            if (statuses.contains(candidate)) {
                return candidate;
            }
        }
        return statuses.isEmpty() ? SectionStatus.NOT_REQUESTED : statuses.get(0);
    }

    /**
     * The warning text for a source whose status lost but still limits the merged section, or null when it
     * needs none (it agrees, it was not asked, or it had nothing to say).
     */
    static String lostStatusWarning(SectionStatus lost, SectionStatus winner, String sourceName) {
        if (lost == winner) {
            return null;
        }
        return switch (lost) {
            case SOURCE_ERROR -> sourceName + " could not be asked for this section (source error)";
            case WITHHELD -> sourceName + " withheld items of this section";
            case UNSUPPORTED_BY_SOURCE -> sourceName + " does not offer this section";
            case NO_INFORMATION -> sourceName + " has no information for this section";
            default -> null;
        };
    }
}
