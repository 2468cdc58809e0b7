package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.entry.DocumentEntry;
import dev.carerecord.sdk.model.provenance.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.Attachment;
import org.hl7.fhir.dstu3.model.DocumentReference;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Reference;

/**
 * Maps a DocumentReference to {@link DocumentEntry}, metadata only: type, class, title (attachment title, set
 * for placeholders), description, date (created, else indexed), status, authors, custodian ODS code, content
 * type, the Binary URL (to be fetched through the SSP with GP Connect Access Document), size, and the security
 * labels. {@code indexed} is the recorded time.
 */
final class DocumentMapper {
    private static final SectionKind SECTION = SectionKind.DOCUMENTS;

    private DocumentMapper() {
    }

    static void map(MappingRun run, DocumentReference document) {
        List<String> authors = new ArrayList<>();
        Optional<Actor> firstAuthor = Optional.empty();
        for (Reference author : document.getAuthor()) {
            Optional<Actor> actor = run.actor(author, document, SECTION);
            if (firstAuthor.isEmpty()) {
                firstAuthor = actor;
            }
            actor.flatMap(Actor::name).ifPresent(authors::add);
        }
        Optional<String> custodian = document.hasCustodian()
                ? run.resolve(document.getCustodian(), document, SECTION).filter(Organization.class::isInstance)
                        .flatMap(o -> ActorResolver.odsCode((Organization) o))
                : Optional.empty();
        Attachment attachment = document.getContent().stream().filter(c -> c.hasAttachment())
                .map(c -> c.getAttachment()).findFirst().orElse(null);
        List<dev.carerecord.sdk.model.value.CodedValue> categories = new ArrayList<>();
        Stu3Values.optionalCoded(document.getClass_()).ifPresent(categories::add);
        DocumentEntry entry = new DocumentEntry(run.id(document),
                run.provenance(document, Optional.empty(), firstAuthor,
                        Stu3Values.date(document.getIndexedElement()), Optional.empty()),
                MappingRun.sensitivity(document, document.getSecurityLabel()),
                Stu3Values.optionalCoded(document.getType()), categories,
                attachment == null ? Optional.empty() : Stu3Values.text(attachment.getTitle()),
                Stu3Values.text(document.getDescription()),
                Stu3Values.date(document.getCreatedElement()).or(() -> Stu3Values.date(document.getIndexedElement())),
                Stu3Values.code(document.getStatusElement()), authors, custodian,
                attachment == null ? Optional.empty() : Stu3Values.text(attachment.getContentType()),
                attachment == null ? Optional.empty() : Stu3Values.text(attachment.getUrl()),
                attachment != null && attachment.hasSize() ? Optional.of((long) attachment.getSize())
                        : Optional.empty(),
                Optional.of("GP Connect Access Document (SSP)"), List.of());
        run.add(SECTION, entry, document);
    }
}
