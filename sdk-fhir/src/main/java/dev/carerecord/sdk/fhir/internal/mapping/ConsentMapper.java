package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.AdvanceDirectiveEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;

/**
 * Consent to {@link AdvanceDirectiveEntry} (section ADVANCE_DIRECTIVES), for consents that are advance
 * directives: scope {@code adr}, or a category among {@code acd}, {@code dnr}, {@code adr} (HL7 consent
 * category codes), LOINC 42348-3 / 75320-2, SNOMED CT 304253006 / 450476008 (not for resuscitation) - or any
 * consent a document placed in its advance directives section. Other consents (privacy, treatment, research)
 * are not mapped and are reported. Decision: {@code provision.code}, else {@code provision.type}; document: the
 * source attachment's URL or the referenced DocumentReference's. Not part of the public API.
 */
final class ConsentMapper {
    private static final Set<String> DIRECTIVE_CODES =
            Set.of("adr", "acd", "dnr", "42348-3", "75320-2", "304253006", "450476008");

    private ConsentMapper() {
    }

    static Optional<PlacedEntry> map(Consent consent, SectionKind hint, MappingSession session) {
        if (hint != SectionKind.ADVANCE_DIRECTIVES && !isAdvanceDirective(consent)) {
            session.issue(consent, "Consent whose scope and category are not an advance directive is not mapped");
            return Optional.empty();
        }
        EntryFactory entries = session.entries();
        Optional<CodedValue> decision = Optional.empty();
        if (consent.hasProvision()) {
            Consent.ProvisionComponent provision = consent.getProvision();
            decision = coded(R4Types.first(provision.getCode()))
                    .or(() -> R4Types.code(provision.getTypeElement()).map(code -> CodedValue.of(
                            Coding.of("http://hl7.org/fhir/consent-provision-type", code, null))));
        }
        AdvanceDirectiveEntry entry = new AdvanceDirectiveEntry(entries.id(consent), entries.provenance(consent),
                entries.sensitivity(consent), R4Types.codedList(consent.getCategory()), coded(consent.getScope()),
                R4Types.code(consent.getStatusElement()), decision, R4Types.date(consent.getDateTimeElement()), null,
                documentUrl(consent, session), List.of());
        return Optional.of(new PlacedEntry(SectionKind.ADVANCE_DIRECTIVES, entry));
    }

    static boolean isAdvanceDirective(Consent consent) {
        if (matches(consent.getScope())) {
            return true;
        }
        return consent.getCategory().stream().anyMatch(ConsentMapper::matches);
    }

    private static boolean matches(CodeableConcept concept) {
        return concept != null
                && concept.getCoding().stream().anyMatch(c -> c.hasCode() && DIRECTIVE_CODES.contains(c.getCode()));
    }

    private static Optional<String> documentUrl(Consent consent, MappingSession session) {
        if (consent.getSource() instanceof Attachment attachment) {
            return text(attachment.getUrl());
        }
        if (consent.getSource() instanceof Reference reference) {
            return session.resolve(reference, consent, "source", DocumentReference.class)
                    .flatMap(d -> d.getContent().stream().map(c -> text(c.getAttachment().getUrl()))
                            .flatMap(Optional::stream).findFirst())
                    .or(() -> text(reference.getReference()));
        }
        return Optional.empty();
    }
}
