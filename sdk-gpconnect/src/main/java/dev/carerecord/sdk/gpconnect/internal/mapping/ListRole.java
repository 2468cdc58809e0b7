package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.gpconnect.ClinicalArea;
import dev.carerecord.sdk.model.SectionKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.dstu3.model.ListResource;

/**
 * What one List in the Bundle is: a primary list answering a clinical area, the ended-allergies list, a
 * secondary list (items linked to consultations or problems), a piece of consultation structure, or not
 * recognised.
 *
 * @param list the List
 * @param kind what kind of list it is
 * @param area for a primary list, its area; for a secondary list, the area that owns it (consultations or
 *     problems); empty otherwise
 * @param targets for a secondary list, the sections its items belong to; for a primary list, its area's
 *     sections; empty otherwise
 */
record ListRole(ListResource list, Kind kind, Optional<ClinicalArea> area, List<SectionKind> targets) {

    /** The kinds of List in an Access Record Structured Bundle. */
    enum Kind {
        /** A primary list, identified by its SNOMED CT code. */
        PRIMARY,
        /** The ended (resolved) allergies list, whose allergies are contained resources. */
        ENDED_ALLERGIES,
        /** A secondary list: items contained in consultations or related to problems. */
        SECONDARY,
        /** A consultation (code 325851000000107), linked to its Encounter. */
        CONSULTATION,
        /** A topic within a consultation (code 25851000000105). */
        TOPIC,
        /** A heading within a topic (code 24781000000107). */
        HEADING,
        /** A List the mapper does not recognise. */
        UNRECOGNISED
    }

    ListRole {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(kind, "kind");
        area = area == null ? Optional.empty() : area;
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** True for the lists that answer a clinical area (primary and ended allergies). */
    boolean isPrimary() {
        return kind == Kind.PRIMARY || kind == Kind.ENDED_ALLERGIES;
    }

    /** True for consultation, topic and heading lists. */
    boolean isConsultationStructure() {
        return kind == Kind.CONSULTATION || kind == Kind.TOPIC || kind == Kind.HEADING;
    }

    /** The section that issues about this list's entries go to. */
    Optional<SectionKind> mainSection() {
        if (isConsultationStructure()) {
            return Optional.of(SectionKind.ENCOUNTERS);
        }
        return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(0));
    }
}
