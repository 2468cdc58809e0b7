package dev.carerecord.sdk.sandbox.gpconnect;

import dev.carerecord.sdk.sandbox.data.Catalogue;
import dev.carerecord.sdk.sandbox.data.Demographics;
import dev.carerecord.sdk.sandbox.data.Practice;
import java.util.Optional;

/**
 * Which patients a practice serves over GP Connect: registered there, not deceased, not S-flagged. Everyone else
 * is PATIENT_NOT_FOUND (the spec overloads it on purpose) and absent from Find Patient results.
 */
final class GpcPatients {
    private GpcPatients() {
    }

    static Optional<Demographics> served(String nhsNumber, Practice practice) {
        return Catalogue.patient(nhsNumber)
                .filter(d -> d.practiceOds().equals(practice.ods()) && !d.isDeceased() && !d.restricted());
    }

    static Optional<Demographics> servedByLogicalId(String logicalId, Practice practice) {
        return Catalogue.patients().stream()
                .filter(d -> Stu3Context.patientId(practice.ods(), d.nhsNumber()).equals(logicalId))
                .findFirst()
                .flatMap(d -> served(d.nhsNumber(), practice));
    }
}
