package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.data.Area;
import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.ConsumerSystem;
import dev.carerecord.sdk.sandbox.data.Practice;
import java.util.List;
import java.util.stream.Collectors;

/** The practices (providers), consumer organisations and shared care record organisations of the sandbox. */
public final class SandboxOrganisations {
    /** Riverside Surgery: every clinical area enabled. */
    public static final SandboxPractice PRACTICE_A = practice(Catalogue.PRACTICE_A);
    /** Hilltop Medical Centre: referrals switched off. */
    public static final SandboxPractice PRACTICE_B = practice(Catalogue.PRACTICE_B);
    public static final SandboxConsumer CONSUMER_A = consumer(0);
    public static final SandboxConsumer CONSUMER_B = consumer(1);
    /** The ODS code of the consumer systems' supplier (for SDS {@code manufacturing-organization}). */
    public static final String SUPPLIER_ODS = Catalogue.SUPPLIER_ODS;
    /** The ODS code of the organisation running the shared care record (NHS Westshire Integrated Care Board). */
    public static final String SHARED_CARE_RECORD_ODS = "Y60009";
    /** The shared care record's name: its Device's name, the author of its IPS documents. */
    public static final String SHARED_CARE_RECORD_NAME = "Westshire Shared Care Record";
    /** Westshire General Hospital, which feeds the shared care record (and writes the GP's letters). */
    public static final String HOSPITAL_ODS = "Y60002";
    /** Westshire Council Adult Social Care, which feeds the shared care record. */
    public static final String COUNCIL_ODS = "Y60003";

    private SandboxOrganisations() {
    }

    public static List<SandboxPractice> practices() {
        return List.of(PRACTICE_A, PRACTICE_B);
    }

    public static List<SandboxConsumer> consumers() {
        return List.of(CONSUMER_A, CONSUMER_B);
    }

    private static SandboxPractice practice(String ods) {
        Practice p = Catalogue.practice(ods).orElseThrow();
        return new SandboxPractice(p.ods(), p.name(), p.asid(), p.partyKey(),
                p.disabledAreas().stream().map(Area::parameter).collect(Collectors.toSet()));
    }

    private static SandboxConsumer consumer(int index) {
        ConsumerSystem c = Catalogue.consumers().get(index);
        return new SandboxConsumer(c.ods(), c.name(), c.asid(), c.partyKey(), c.manufacturerOds());
    }
}
