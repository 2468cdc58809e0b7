package dev.carerecord.sdk.fhir.internal.mapping;

import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.coded;
import static dev.carerecord.sdk.fhir.internal.mapping.R4Types.text;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.provenance.Actor;
import dev.carerecord.sdk.model.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DocumentReference;

/**
 * DocumentReference to {@link DocumentEntry} (section DOCUMENTS): type, category, title (the first attachment's
 * title, else the description), date, status, authors' names, custodian ODS code, and the first attachment's
 * content type, URL and size; {@code retrievalMechanism} is the first content's {@code format} code. Security
 * labels feed the entry's sensitivity. The document itself is never fetched. Not part of the public API.
 */
final class DocumentReferenceMapper {
    private DocumentReferenceMapper() {
    }

    static PlacedEntry map(DocumentReference document, MappingSession session) {
        EntryFactory entries = session.entries();
        Provenance provenance = entries.provenance(document);
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < document.getAuthor().size(); i++) {
            Optional<String> name = i == 0
                    ? provenance.recorder().flatMap(a -> a.name().or(a::organisationName))
                            .or(() -> text(document.getAuthor().get(0).getDisplay()))
                    : session.actors().displayName(document.getAuthor().get(i), document, "author");
            name.ifPresent(authors::add);
        }
        Optional<String> custodian = Optional.empty();
        if (document.hasCustodian()) {
            custodian = session.actors().actor(document.getCustodian(), document, "custodian")
                    .flatMap(Actor::organisationOdsCode);
        }
        DocumentReference.DocumentReferenceContentComponent content = R4Types.first(document.getContent());
        Attachment attachment = content == null ? null : content.getAttachment();
        Optional<String> title = Optional.empty();
        Optional<String> contentType = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<Long> size = Optional.empty();
        if (attachment != null) {
            title = text(attachment.getTitle());
            contentType = text(attachment.getContentType());
            url = text(attachment.getUrl());
            size = attachment.hasSize() ? Optional.of((long) attachment.getSize()) : Optional.empty();
        }
        Optional<String> mechanism = content != null && content.hasFormat() ? text(content.getFormat().getCode())
                : Optional.empty();
        DocumentEntry entry = new DocumentEntry(entries.id(document), provenance, entries.sensitivity(document),
                coded(document.getType()), R4Types.codedList(document.getCategory()),
                title.or(() -> text(document.getDescription())), text(document.getDescription()),
                R4Types.date(document.getDateElement()), R4Types.code(document.getStatusElement()), authors,
                custodian, contentType, url, size, mechanism, List.of());
        return new PlacedEntry(SectionKind.DOCUMENTS, entry);
    }
}
