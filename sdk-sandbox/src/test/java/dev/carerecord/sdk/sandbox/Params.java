package dev.carerecord.sdk.sandbox;

import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import java.time.LocalDate;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.DateType;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.Parameters;
import org.hl7.fhir.dstu3.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.PositiveIntType;
import org.hl7.fhir.dstu3.model.Type;

/** Builds {@code $gpc.getstructuredrecord} Parameters bodies for tests. */
final class Params {
    private final Parameters parameters = new Parameters();

    static Params patient(String nhsNumber) {
        Params p = new Params();
        p.parameters.addParameter().setName("patientNHSNumber")
                .setValue(new Identifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue(nhsNumber));
        return p;
    }

    /** Every clinical area with its parts at their widest. */
    static Params everything(String nhsNumber) {
        return patient(nhsNumber).allergies(true).area("includeMedication").area("includeConsultations")
                .area("includeProblems").area("includeImmunisations")
                .area("includeUncategorisedData").area("includeInvestigations").area("includeReferrals")
                .area("includeDiaryEntries");
    }

    Params allergies(boolean resolved) {
        return area("includeAllergies", "includeResolvedAllergies", new BooleanType(resolved));
    }

    /** Adds a top-level parameter with no value and optional (name, value) parts. */
    Params area(String name, Object... parts) {
        ParametersParameterComponent p = parameters.addParameter().setName(name);
        for (int i = 0; i < parts.length; i += 2) {
            p.addPart().setName((String) parts[i]).setValue((Type) parts[i + 1]);
        }
        return this;
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    static Period period(LocalDate start, LocalDate end) {
        Period p = new Period();
        if (start != null) {
            p.setStartElement(new org.hl7.fhir.dstu3.model.DateTimeType(start.toString()));
        }
        if (end != null) {
            p.setEndElement(new org.hl7.fhir.dstu3.model.DateTimeType(end.toString()));
        }
        return p;
    }

    static PositiveIntType positive(int n) {
        return new PositiveIntType(n);
    }

    static CodeType code(String code) {
        return new CodeType(code);
    }

    static BooleanType bool(boolean b) {
        return new BooleanType(b);
    }

    String json() {
        return FhirContexts.stu3Json(parameters);
    }
}
