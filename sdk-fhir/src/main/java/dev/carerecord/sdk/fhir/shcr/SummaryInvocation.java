package dev.carerecord.sdk.fhir.shcr;

/** How {@code Patient/$summary} is invoked. */
public enum SummaryInvocation {
    /**
     * Instance level when the server can find the patient by NHS number (it advertises Patient search, or says
     * nothing), else type level.
     */
    AUTO,
    /** {@code GET [base]/Patient/{id}/$summary} on the patient found by NHS number (what NHS England's SCR-IPS requires). */
    INSTANCE,
    /** {@code GET [base]/Patient/$summary?identifier=https://fhir.nhs.uk/Id/nhs-number|{nhs}}. */
    TYPE
}
