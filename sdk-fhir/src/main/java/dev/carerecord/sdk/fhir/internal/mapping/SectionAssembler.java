package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.model.MappingIssue;
import dev.carerecord.sdk.model.Section;
import dev.carerecord.sdk.model.SectionKind;
import dev.carerecord.sdk.model.SectionStatus;
import dev.carerecord.sdk.model.SectionWarning;
import dev.carerecord.sdk.model.WarningKind;
import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.DeviceEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.value.CodedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides a section's status from its entries and from how the source was asked, and builds the section.
 *
 * <table>
 *   <caption>Section status</caption>
 *   <tr><th>entries</th><th>retrieval / source statement</th><th>status</th></tr>
 *   <tr><td>some, every one a "no known" / "no information" assertion ({@link NoKnownCodes})</td><td>any</td>
 *       <td>NONE_KNOWN (entries kept)</td></tr>
 *   <tr><td>some</td><td>any</td><td>POPULATED</td></tr>
 *   <tr><td>none</td><td>not asked</td><td>NOT_REQUESTED</td></tr>
 *   <tr><td>none</td><td>failed</td><td>SOURCE_ERROR (reason as a warning)</td></tr>
 *   <tr><td>none</td><td>not offered</td><td>UNSUPPORTED_BY_SOURCE</td></tr>
 *   <tr><td>none</td><td>answered, empty reason {@code withheld}, or a confidential-items warning</td>
 *       <td>WITHHELD</td></tr>
 *   <tr><td>none</td><td>answered, any other empty reason ({@code nilknown}, {@code unavailable},
 *       {@code closed}, or text only)</td><td>NONE_KNOWN; {@code unavailable}, {@code notasked}, {@code notstarted}: NO_INFORMATION</td></tr>
 *   <tr><td>none</td><td>answered, nothing asserted</td><td>NONE_RETURNED</td></tr>
 * </table>
 * A truncated answer adds a TRUNCATED warning; resources that could not be mapped add an UNMAPPED_ITEMS warning
 * (the details are the section's mapping issues). Not part of the public API.
 */
final class SectionAssembler {
    private SectionAssembler() {
    }

    /** The parts of one section before its status is decided. */
    static final class Parts {
        final SectionKind kind;
        final List<Entry> entries = new ArrayList<>();
        private final java.util.Set<String> ids = new java.util.HashSet<>();
        final List<SectionWarning> warnings = new ArrayList<>();
        final List<MappingIssue> issues = new ArrayList<>();
        final List<String> narratives = new ArrayList<>();
        CodedValue emptyReason;
        int unmapped;

        Parts(SectionKind kind) {
            this.kind = kind;
        }

        /** Adds an entry unless one with the same id is already there. */
        void add(Entry entry) {
            if (ids.add(entry.id())) {
                entries.add(entry);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Entry> Section<T> assemble(Parts parts, SectionRetrieval retrieval) {
        List<SectionWarning> warnings = new ArrayList<>(parts.warnings);
        SectionStatus status;
        if (!parts.entries.isEmpty()) {
            if (parts.entries.stream().allMatch(SectionAssembler::assertsAbsence)) {
                status = parts.entries.stream().allMatch(SectionAssembler::assertsNoInformation)
                        ? SectionStatus.NO_INFORMATION : SectionStatus.NONE_KNOWN;
            } else {
                status = SectionStatus.POPULATED;
            }
        } else {
            status = switch (retrieval.state()) {
                case NOT_ASKED -> SectionStatus.NOT_REQUESTED;
                case FAILED -> SectionStatus.SOURCE_ERROR;
                case UNSUPPORTED -> SectionStatus.UNSUPPORTED_BY_SOURCE;
                case ANSWERED -> answeredEmpty(parts);
            };
            if (retrieval.state() == SectionRetrieval.State.FAILED
                    || retrieval.state() == SectionRetrieval.State.UNSUPPORTED) {
                warnings.add(SectionWarning.of(WarningKind.OTHER,
                        retrieval.reason().orElse(status == SectionStatus.SOURCE_ERROR
                                ? "the source could not be asked for this section"
                                : "the source does not offer this section")));
            }
        }
        if (retrieval.truncated()) {
            warnings.add(SectionWarning.of(WarningKind.TRUNCATED,
                    retrieval.reason().orElse("more entries exist at the source than were returned")));
        }
        if (parts.unmapped > 0) {
            warnings.add(SectionWarning.of(WarningKind.UNMAPPED_ITEMS,
                    parts.unmapped + " item(s) could not be mapped; see the section's mapping issues"));
        }
        Optional<String> narrative = parts.narratives.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n", parts.narratives));
        return new Section<>(parts.kind, status, (List<T>) List.copyOf(parts.entries), warnings,
                Optional.ofNullable(parts.emptyReason), narrative, parts.issues);
    }

    private static SectionStatus answeredEmpty(Parts parts) {
        boolean confidential = parts.warnings.stream()
                .anyMatch(w -> w.kind() == WarningKind.CONFIDENTIAL_ITEMS_EXCLUDED);
        if (parts.emptyReason != null) {
            boolean withheld = parts.emptyReason.codings().stream()
                    .anyMatch(c -> c.code().filter("withheld"::equalsIgnoreCase).isPresent());
            if (withheld || confidential) {
                return SectionStatus.WITHHELD;
            }
            boolean noInformation = parts.emptyReason.codings().stream().anyMatch(c -> c.code()
                    .filter(code -> code.equalsIgnoreCase("unavailable") || code.equalsIgnoreCase("notasked")
                            || code.equalsIgnoreCase("notstarted")).isPresent());
            return noInformation ? SectionStatus.NO_INFORMATION : SectionStatus.NONE_KNOWN;
        }
        return confidential ? SectionStatus.WITHHELD : SectionStatus.NONE_RETURNED;
    }

    /** True when the entry asserts that there is nothing (or no information) rather than recording something. */
    static boolean assertsAbsence(Entry entry) {
        if (entry instanceof AllergyEntry allergy && allergy.noKnownAllergy()) {
            return true;
        }
        return absenceCode(entry).map(NoKnownCodes::assertsAbsence).orElse(false);
    }

    /** True when the entry says only that no information is available. */
    static boolean assertsNoInformation(Entry entry) {
        if (entry instanceof AllergyEntry allergy && allergy.noKnownAllergy()) {
            return false;
        }
        return absenceCode(entry).map(NoKnownCodes::assertsNoInformation).orElse(false);
    }

    /** The code by which an entry of a kind that can assert absence says what it records. */
    private static Optional<CodedValue> absenceCode(Entry entry) {
        if (entry instanceof AllergyEntry allergy) {
            return Optional.of(allergy.code());
        }
        if (entry instanceof ProblemEntry problem) {
            return Optional.of(problem.code());
        }
        if (entry instanceof MedicationEntry medication) {
            return Optional.of(medication.medication());
        }
        if (entry instanceof ImmunisationEntry immunisation) {
            return Optional.of(immunisation.vaccine());
        }
        if (entry instanceof ProcedureEntry procedure) {
            return Optional.of(procedure.code());
        }
        if (entry instanceof DeviceEntry device) {
            return Optional.of(device.type());
        }
        return Optional.empty();
    }
}
