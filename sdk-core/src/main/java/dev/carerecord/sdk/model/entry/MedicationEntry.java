package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import dev.carerecord.sdk.model.value.Quantity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A medication item (PRSB "Medications and medical devices", IPS 10160-0): a statement, an authorisation
 * (plan), an issue, a prescription or an administration ({@link #kind()}). GP Connect's three levels link by id:
 * an issue names its authorisation ({@code authorisationEntryId}), an authorisation its statement
 * ({@code statementEntryId}), a changed authorisation the one it replaced ({@code priorAuthorisationEntryId}).
 */
public record MedicationEntry(String id, Provenance provenance, Sensitivity sensitivity, MedicationKind kind,
        CodedValue medication, Optional<String> status, Optional<CodedValue> statusReason,
        Optional<CodedValue> courseOfTherapy, Optional<String> dosageText, Optional<String> patientInstructions,
        Optional<Quantity> quantity, Optional<String> quantityText, Optional<Period> effective,
        Optional<PartialDateTime> authoredOn, Optional<PartialDateTime> lastIssueDate,
        Optional<Integer> repeatsAllowed, Optional<Integer> repeatsIssued,
        Optional<PartialDateTime> authorisationExpiry, Optional<CodedValue> prescribingAgency,
        Optional<String> statementEntryId, Optional<String> authorisationEntryId,
        Optional<String> priorAuthorisationEntryId, List<String> notes) implements Entry {

    public MedicationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = sensitivity == null ? Sensitivity.NORMAL : sensitivity;
        Objects.requireNonNull(kind, "kind");
        medication = medication == null ? CodedValue.EMPTY : medication;
        status = opt(status);
        statusReason = opt(statusReason);
        courseOfTherapy = opt(courseOfTherapy);
        dosageText = opt(dosageText);
        patientInstructions = opt(patientInstructions);
        quantity = opt(quantity);
        quantityText = opt(quantityText);
        effective = opt(effective);
        authoredOn = opt(authoredOn);
        lastIssueDate = opt(lastIssueDate);
        repeatsAllowed = opt(repeatsAllowed);
        repeatsIssued = opt(repeatsIssued);
        authorisationExpiry = opt(authorisationExpiry);
        prescribingAgency = opt(prescribingAgency);
        statementEntryId = opt(statementEntryId);
        authorisationEntryId = opt(authorisationEntryId);
        priorAuthorisationEntryId = opt(priorAuthorisationEntryId);
        notes = list(notes);
    }

    /** The normalised course of therapy (acute, repeat, repeat dispensing...), {@code OTHER} when unknown. */
    public CourseOfTherapy course() {
        return courseOfTherapy.map(CourseOfTherapy::from).orElse(CourseOfTherapy.OTHER);
    }
}
