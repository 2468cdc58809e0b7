package dev.carerecord.sdk.gpconnect.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.Condition;
import org.hl7.fhir.dstu3.model.MedicationRequest;
import org.junit.jupiter.api.Test;

class Stu3FhirTest {

    @Test
    void context_isOneStu3ContextForEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<FhirContext>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(Stu3Fhir::context);
            }
            List<FhirContext> seen = new ArrayList<>();
            for (Future<FhirContext> future : pool.invokeAll(tasks)) {
                seen.add(future.get());
            }
            assertThat(seen).allSatisfy(context -> assertThat(context).isSameAs(Stu3Fhir.context()));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Stu3Fhir.context().getVersion().getVersion()).isEqualTo(FhirVersionEnum.DSTU3);
    }

    @Test
    void lenientParser_acceptsTheKnownQuirksOfTheExamples() {
        String json = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Condition", "id": "c1", "clinicalStatus": "active",
                    "category": {"coding": [{"code": "problem-list-item"}]},
                    "unknownElement": 42, "subject": {"reference": "Patient/p1"}}},
                  {"resource": {"resourceType": "MedicationRequest", "id": "m1", "intent": "plan",
                    "status": "not-a-status",
                    "dispenseRequest": {"expectedSupplyDuration": {"code": ["d"], "value": "28"}}}},
                  {"resourceType": "ProcedureRequest", "id": "unwrapped"}]}""";

        Bundle bundle = Stu3Fhir.parseBundle(new StringReader(json));

        assertThat(bundle.getEntry()).hasSize(3);
        Condition condition = (Condition) bundle.getEntry().get(0).getResource();
        assertThat(condition.getCategory()).singleElement()
                .satisfies(c -> assertThat(c.getCodingFirstRep().getCode()).isEqualTo("problem-list-item"));
        MedicationRequest request = (MedicationRequest) bundle.getEntry().get(1).getResource();
        assertThat(request.getIntentElement().getValueAsString()).isEqualTo("plan");
        assertThat(request.getDispenseRequest().getExpectedSupplyDuration().getValue()).isEqualByComparingTo("28");
        assertThat(bundle.getEntry().get(2).getResource()).as("an entry without 'resource' holds nothing").isNull();
    }

    @Test
    void parseBundle_rejectsWhatIsNotJsonAtAll() {
        assertThatThrownBy(() -> Stu3Fhir.parseBundle("this is not json")).isInstanceOf(DataFormatException.class);
        assertThat(Stu3Fhir.lenientJsonParser()).isNotSameAs(Stu3Fhir.lenientJsonParser());
    }
}
