package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.ContactEntry;
import dev.carerecord.sdk.model.entry.ContactKind;
import dev.carerecord.sdk.model.provenance.Provenance;
import dev.carerecord.sdk.model.provenance.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * RelatedPerson, and each {@code Patient.contact}, to a PERSONAL {@link ContactEntry} (section CONTACTS):
 * relationships, name, telecoms, addresses, period, and the UKCore-ContactRank and
 * UKCore-CopyCorrespondenceIndicator extensions. A patient's contact has no id of its own: its entry id is
 * derived from the patient's id and the contact's id (else its position). Not part of the public API.
 */
final class ContactMapper {
    private ContactMapper() {
    }

    static PlacedEntry relatedPerson(RelatedPerson person, MappingSession session) {
        EntryFactory entries = session.entries();
        ContactEntry entry = new ContactEntry(entries.id(person), entries.provenance(person),
                entries.sensitivity(person), ContactKind.PERSONAL, R4Types.codedList(person.getRelationship()),
                R4People.preferredName(person.getName()), null, null, R4People.telecoms(person.getTelecom()),
                R4People.addresses(person.getAddress()), rank(person), copyCorrespondence(person), null,
                R4Types.period(person.getPeriod()), List.of());
        return new PlacedEntry(SectionKind.CONTACTS, entry);
    }

    /** One entry per contact of the patient, in order. */
    static List<ContactEntry> patientContacts(Patient patient, MappingSession session) {
        List<ContactEntry> contacts = new ArrayList<>();
        if (!patient.hasContact()) {
            return contacts;
        }
        EntryFactory entries = session.entries();
        Provenance provenance = entries.provenance(patient);
        Sensitivity sensitivity = entries.sensitivity(patient);
        for (int i = 0; i < patient.getContact().size(); i++) {
            Patient.ContactComponent contact = patient.getContact().get(i);
            String key = contact.hasId() ? contact.getId() : String.valueOf(i);
            Optional<String> organisation = contact.hasOrganization()
                    ? session.actors().displayName(contact.getOrganization(), patient, "contact.organization")
                    : Optional.empty();
            contacts.add(new ContactEntry(entries.partId(patient, "PatientContact", key), provenance, sensitivity,
                    ContactKind.PERSONAL, R4Types.codedList(contact.getRelationship()),
                    R4People.name(contact.getName()), organisation, null, R4People.telecoms(contact.getTelecom()),
                    R4People.address(contact.getAddress()).map(List::of).orElse(List.of()), rank(contact),
                    copyCorrespondence(contact), null, R4Types.period(contact.getPeriod()), List.of()));
        }
        return contacts;
    }

    private static Optional<Integer> rank(org.hl7.fhir.instance.model.api.IBaseHasExtensions holder) {
        return Extensions.find(holder, UkExtension.CONTACT_RANK).flatMap(Extensions::integer);
    }

    private static Optional<Boolean> copyCorrespondence(org.hl7.fhir.instance.model.api.IBaseHasExtensions holder) {
        return Extensions.find(holder, UkExtension.COPY_CORRESPONDENCE_INDICATOR).flatMap(Extensions::bool);
    }
}
