package dev.carerecord.sdk.model.merge;

import dev.carerecord.sdk.model.entry.AllergyEntry;
import dev.carerecord.sdk.model.entry.Entry;
import dev.carerecord.sdk.model.entry.ImmunisationEntry;
import dev.carerecord.sdk.model.entry.MedicationEntry;
import dev.carerecord.sdk.model.entry.ObservationEntry;
import dev.carerecord.sdk.model.entry.ProblemEntry;
import dev.carerecord.sdk.model.entry.ProcedureEntry;
import dev.carerecord.sdk.model.value.CodeSystems;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The keys two entries are matched on. Identifier keys: every business identifier that has a system, the system
 * normalised ({@link CodeSystems#normalise}) and compared without its scheme (as entry ids are made) and with its
 * host in lower case. The fuzzy
 * key (off unless asked for): entry type, SNOMED code of the item, its clinical date (as recorded, precision
 * included) and the provider's ODS code, for the types that have all three.
 */
final class MatchKeys {
    private MatchKeys() {
    }

    /** The identifier keys of an entry; empty when it has no business identifier with a system. */
    static Set<String> identifierKeys(Entry entry) {
        Set<String> keys = new LinkedHashSet<>();
        for (Identifier id : entry.provenance().businessIdentifiers()) {
            if (id.system().isPresent() && !id.system().get().isBlank() && !id.value().isBlank()) {
                keys.add("id|" + withoutScheme(CodeSystems.normalise(id.system().get())) + "|" + id.value().strip());
            }
        }
        return keys;
    }

    /** The fuzzy key of an entry, when its type has a code and a date and it names its provider. */
    static Optional<String> fuzzyKey(Entry entry) {
        Optional<String> ods = entry.provenance().providerOdsCode().filter(s -> !s.isBlank());
        if (ods.isEmpty()) {
            return Optional.empty();
        }
        Optional<CodedValue> code = Optional.empty();
        Optional<PartialDateTime> date = Optional.empty();
        if (entry instanceof AllergyEntry e) {
            code = Optional.of(e.code());
            date = e.onset().or(() -> e.provenance().recordedAt());
        } else if (entry instanceof ProblemEntry e) {
            code = Optional.of(e.code());
            date = e.onset().or(() -> e.provenance().recordedAt());
        } else if (entry instanceof MedicationEntry e) {
            code = Optional.of(e.medication());
            date = e.authoredOn().or(() -> e.effective().flatMap(Period::start));
        } else if (entry instanceof ImmunisationEntry e) {
            code = Optional.of(e.vaccine());
            date = e.occurredAt();
        } else if (entry instanceof ObservationEntry e) {
            code = Optional.of(e.code());
            date = e.effective();
        } else if (entry instanceof ProcedureEntry e) {
            code = Optional.of(e.code());
            date = e.performed().flatMap(Period::start);
        }
        Optional<String> snomed = code.flatMap(CodedValue::snomed).flatMap(Coding::code).filter(s -> !s.isBlank());
        if (snomed.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("fuzzy|" + entry.getClass().getSimpleName() + "|" + snomed.get() + "|"
                + date.get().value() + "|" + ods.get().strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The system without its scheme, its host in lower case (hosts are case-insensitive; paths are not). */
    private static String withoutScheme(String system) {
        int colon = system.indexOf("://");
        String rest = colon < 0 ? system : system.substring(colon + 3);
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.toLowerCase(java.util.Locale.ROOT) + (slash < 0 ? "" : rest.substring(slash));
    }
}
