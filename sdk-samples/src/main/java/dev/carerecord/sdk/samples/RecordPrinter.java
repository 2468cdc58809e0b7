package dev.carerecord.sdk.samples;

import dev.carerecord.sdk.model.CareRecord;
import dev.carerecord.sdk.model.GpPractice;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.SourceOutcome;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.ConsultationHeading;
import dev.carerecord.sdk.model.entry.ConsultationTopic;
import dev.carerecord.sdk.model.entry.EncounterEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.PlannedActionEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ReferralEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.HumanName;
import dev.carerecord.sdk.model.value.PartialDateTime;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Prints a care record section by section for a person to read: demographics, practice, then each section with
 * its status, warnings and entries (medications grouped statement -> authorisation -> issues, consultations as
 * topics and headings, results as reports and test groups). A demo of the model, not a clinical display.
 */
public final class RecordPrinter {
    private static final int MAX_ENTRIES = 12;
    private final PrintStream out;

    public RecordPrinter(PrintStream out) {
        this.out = out;
    }

    /** Prints the whole record. */
    public void print(CareRecord record) {
        PatientDemographics patient = record.patient();
        out.println("Patient   " + patient.officialName().map(HumanName::display).orElse("(no name)")
                + "  NHS " + patient.nhsNumber().map(n -> n.formatted()).orElse("-")
                + "  born " + patient.birthDate().map(PartialDateTime::value).orElse("-")
                + "  " + patient.gender().map(Enum::name).orElse(""));
        record.gpPractice().ifPresent(p -> out.println("Practice  " + p.name().orElse("") + " ("
                + p.odsCode().orElse("?") + ")" + p.usualGp().flatMap(g -> g.name()).map(n -> ", usual GP " + n)
                .orElse("")));
        for (SourceOutcome source : record.sources()) {
            out.println("Source    " + source.source().system() + " " + source.source().organisationOdsCode()
                    .orElse("") + ": " + source.status() + source.issues().stream().map(i -> "; " + i.text()
                    .orElse(i.code().orElse(""))).reduce("", String::concat));
        }
        for (Section<? extends Entry> section : record.sections()) {
            if (section.status() == SectionStatus.NOT_REQUESTED) {
                continue;
            }
            out.println();
            out.println("== " + section.kind().title() + " [" + section.status() + ", " + section.entries().size()
                    + " entries]");
            for (SectionWarning warning : section.warnings()) {
                out.println("   ! " + warning.kind() + warning.text().map(t -> ": " + t).orElse(""));
            }
            section.emptyReason().ifPresent(r -> out.println("   (empty: " + r.bestDisplay() + ")"));
            int shown = 0;
            for (Entry entry : section.entries()) {
                if (shown++ == MAX_ENTRIES) {
                    out.println("   ... " + (section.entries().size() - MAX_ENTRIES) + " more");
                    break;
                }
                printEntry(record, entry);
            }
        }
    }

    private void printEntry(CareRecord record, Entry entry) {
        if (entry instanceof AllergyEntry a) {
            line(a.code(), a.onset(), a.isEnded() ? "ENDED " + a.endDate().map(PartialDateTime::value).orElse("")
                    + a.endReason().map(r -> " (" + r + ")").orElse("") : a.clinicalStatus().name());
        } else if (entry instanceof ProblemEntry p) {
            line(p.code(), p.onset(), p.clinicalStatus() + p.significance().map(s -> ", " + s).orElse(""));
        } else if (entry instanceof MedicationEntry m) {
            String indent = switch (m.kind()) {
                case AUTHORISATION -> "  ";
                case ISSUE -> "    ";
                default -> "";
            };
            out.println("   " + indent + "- " + m.kind() + " " + m.medication().bestDisplay()
                    + m.dosageText().map(d -> " | " + d).orElse("")
                    + (m.kind() == dev.carerecord.sdk.model.entry.MedicationKind.ISSUE ? ""
                    : " | " + m.course()) + m.authoredOn().map(d -> " | " + d.value()).orElse(""));
        } else if (entry instanceof ImmunisationEntry i) {
            line(i.vaccine(), i.occurredAt(), i.status().name());
        } else if (entry instanceof ObservationEntry o) {
            String value = o.value().map(v -> v.display()).orElse(o.notes().stream().findFirst().orElse(""));
            if (!o.components().isEmpty()) {
                value = o.components().stream().map(c -> c.value().map(v -> v.display()).orElse("?"))
                        .reduce((x, y) -> x + " / " + y).orElse("");
            }
            String range = o.referenceRanges().stream().findFirst()
                    .map(r -> " (range " + r.low().map(q -> q.display()).orElse("") + " - "
                            + r.high().map(q -> q.display()).orElse("") + ")").orElse("");
            out.println("   - " + o.kind() + " " + o.code().bestDisplay() + (value.isEmpty() ? "" : ": " + value)
                    + range + o.effective().map(d -> " | " + d.value()).orElse("")
                    + (o.memberEntryIds().isEmpty() ? "" : " | " + o.memberEntryIds().size() + " members"));
        } else if (entry instanceof EncounterEntry e) {
            out.println("   - " + e.types().stream().findFirst().map(CodedValue::bestDisplay).orElse("Encounter")
                    + e.period().flatMap(p -> p.start()).map(d -> " | " + d.value()).orElse("")
                    + e.locationName().map(l -> " | " + l).orElse(""));
            e.consultation().ifPresent(c -> {
                for (ConsultationTopic topic : c.topics()) {
                    out.println("       topic: " + topic.title().orElse("(untitled)")
                            + topic.problemEntryId().flatMap(record::findEntry).map(p -> " [problem]").orElse(""));
                    for (ConsultationHeading heading : topic.headings()) {
                        out.println("         " + heading.title().orElse("(heading)") + ": "
                                + heading.itemEntryIds().size() + " item(s)");
                    }
                }
            });
        } else if (entry instanceof ReferralEntry r) {
            out.println("   - Referral: " + r.serviceRequested().stream().findFirst().map(CodedValue::bestDisplay)
                    .or(() -> r.specialty().map(CodedValue::bestDisplay)).or(r::description)
                    .orElse("(unspecified)") + r.recipients().stream().findFirst().map(x -> " to " + x).orElse("")
                    + r.authoredOn().map(d -> " | " + d.value()).orElse("")
                    + " | " + r.status().orElse(""));
        } else if (entry instanceof PlannedActionEntry p) {
            line(p.code(), p.due(), "planned, not yet done");
        } else if (entry instanceof dev.carerecord.sdk.model.entry.DocumentEntry d) {
            out.println("   - " + d.title().or(() -> d.type().map(CodedValue::bestDisplay)).orElse("Document")
                    + d.date().map(x -> " | " + x.value()).orElse("") + d.contentType().map(c -> " | " + c).orElse(""));
        } else {
            out.println("   - " + entry.getClass().getSimpleName().replace("Entry", "") + " " + entry.id());
        }
    }

    private void line(CodedValue code, Optional<PartialDateTime> date, String detail) {
        out.println("   - " + code.bestDisplay() + date.map(d -> " | " + d.value()).orElse("") + " | " + detail);
    }
}
