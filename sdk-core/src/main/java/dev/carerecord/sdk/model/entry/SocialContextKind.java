package dev.carerecord.sdk.model.entry;

/** What a social context entry describes. */
public enum SocialContextKind {
    /** "About me": what matters to the person, in their words (IPS patient story 81338-6). */
    ABOUT_ME,
    /** A social care service or package of care (PRSB "Services and care"). */
    SERVICES_AND_CARE,
    /** Lifestyle and social history: smoking, alcohol, living situation (IPS 29762-2). */
    SOCIAL_HISTORY,
    /** Anything else in the social context. */
    OTHER
}
