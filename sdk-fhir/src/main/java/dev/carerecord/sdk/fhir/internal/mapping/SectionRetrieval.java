package dev.carerecord.sdk.fhir.internal.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * How the source was asked for one section, as the client knows it: not asked, asked and answered (possibly
 * with more results left at the source), asked and failed, or not offered by the source at all. With the mapped
 * entries this decides the section's status (see {@link SectionAssembler}).
 *
 * @param state what happened
 * @param truncated true when the answer was cut short (a paging cap, a result limit): adds a TRUNCATED warning
 * @param reason why it failed or is unsupported, for the section's warning (no clinical content)
 */
public record SectionRetrieval(State state, boolean truncated, Optional<String> reason) {
    /** What happened when the source was asked. */
    public enum State {
        /** The section was not asked for. */
        NOT_ASKED,
        /** The source was asked and answered (with or without results). */
        ANSWERED,
        /** Asking failed (error response, timeout...). */
        FAILED,
        /** The source does not offer this section (e.g. its CapabilityStatement lacks the resource type). */
        UNSUPPORTED
    }

    public SectionRetrieval {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? Optional.empty() : reason;
    }

    /** Asked, and the source answered with everything it has. */
    public static SectionRetrieval answered() {
        return new SectionRetrieval(State.ANSWERED, false, Optional.empty());
    }

    /** Asked, and the source answered, but more results exist than were returned. */
    public static SectionRetrieval answeredTruncated(String why) {
        return new SectionRetrieval(State.ANSWERED, true, Optional.ofNullable(why));
    }

    /** Not asked. */
    public static SectionRetrieval notAsked() {
        return new SectionRetrieval(State.NOT_ASKED, false, Optional.empty());
    }

    /** Asked, and asking failed. */
    public static SectionRetrieval failed(String why) {
        return new SectionRetrieval(State.FAILED, false, Optional.ofNullable(why));
    }

    /** The source does not offer the section. */
    public static SectionRetrieval unsupported(String why) {
        return new SectionRetrieval(State.UNSUPPORTED, false, Optional.ofNullable(why));
    }
}
