package dev.carerecord.sdk.sandbox.shcr;

import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;

/**
 * Advance directives: a ReSPECT form (DocumentReference) and the decision it records as a Consent with scope
 * {@code adr}: CPR recommended (category {@code acd}, provision permit) or not (category {@code dnr}, provision
 * deny, a DNACPR decision).
 */
final class Advance {
    private Advance() {
    }

    static Consent respect(Regional r, String key, String professional, LocalDateTime when, boolean forCpr) {
        String text = forCpr
                ? "ReSPECT form. Recommendation: for CPR attempts and full active treatment, including admission to "
                        + "hospital. Preferences: to be cared for at home where possible. (Synthetic sandbox form.)"
                : "ReSPECT form. Recommendation: CPR attempts NOT recommended; focus on comfort care at home, no "
                        + "admission to hospital unless symptoms cannot be controlled. (Synthetic sandbox form.)";
        DocumentReference form = r.document(key + "-form", ShcrDirectory.HOSPITAL,
                R4.snomed("1382601000000107", "ReSPECT form"), R4.snomed("734163000", "Care plan"),
                "ReSPECT form", when, professional, text, null);
        Consent c = new Consent();
        c.setStatus(Consent.ConsentState.ACTIVE);
        c.setScope(R4.concept(UkCore.CONSENT_SCOPE, "adr", "Advanced Care Directive"));
        c.addCategory(forCpr ? R4.concept(UkCore.CONSENT_CATEGORY, "acd", "Advance Directive")
                : R4.concept(UkCore.CONSENT_CATEGORY, "dnr", "Do Not Resuscitate"));
        c.setPatient(r.patient);
        c.setDateTimeElement(R4.dateTime(when));
        c.addPerformer(r.patient.copy());
        c.addOrganization(ShcrDirectory.organization(ShcrDirectory.HOSPITAL));
        c.setSource(R4.ref(form));
        c.addPolicy().setUri("https://www.resus.org.uk/respect");
        c.getProvision().setType(forCpr ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY)
                .addCode(R4.snomed("89666000", "Cardiopulmonary resuscitation"));
        return r.add(c, key, ShcrDirectory.HOSPITAL, "Consent");
    }
}
