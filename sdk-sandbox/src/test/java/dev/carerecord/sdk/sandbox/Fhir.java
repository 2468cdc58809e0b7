package dev.carerecord.sdk.sandbox;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.ListResource;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Resource;

/** Strict HAPI parsers and small Bundle queries for tests. */
final class Fhir {
    private Fhir() {
    }

    static IParser strictStu3() {
        return FhirContexts.stu3().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static IParser strictR4() {
        return FhirContexts.r4().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    static Bundle stu3Bundle(String json) {
        return strictStu3().parseResource(Bundle.class, json);
    }

    static org.hl7.fhir.r4.model.Bundle r4Bundle(String json) {
        return strictR4().parseResource(org.hl7.fhir.r4.model.Bundle.class, json);
    }

    /** The Spine code of an STU3 OperationOutcome body. */
    static String spineCode(String json) {
        OperationOutcome outcome = strictStu3().parseResource(OperationOutcome.class, json);
        return outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
    }

    /** The Spine code of an R4 OperationOutcome body. */
    static String r4Code(String json) {
        org.hl7.fhir.r4.model.OperationOutcome outcome =
                strictR4().parseResource(org.hl7.fhir.r4.model.OperationOutcome.class, json);
        return outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
    }

    static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends org.hl7.fhir.r4.model.Resource> List<T> r4All(org.hl7.fhir.r4.model.Bundle bundle,
                                                                    Class<T> type) {
        return bundle.getEntry().stream().map(org.hl7.fhir.r4.model.Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }

    static Stream<ListResource> lists(Bundle bundle) {
        return all(bundle, ListResource.class).stream();
    }

    /** The List with this code (any system), if present. */
    static Optional<ListResource> list(Bundle bundle, String code) {
        return lists(bundle).filter(l -> code.equals(l.getCode().getCodingFirstRep().getCode())).findFirst();
    }

    static ListResource requireList(Bundle bundle, String code) {
        return list(bundle, code).orElseThrow(() -> new AssertionError("No List with code " + code));
    }

    /** The resource a relative reference points to in the Bundle. */
    static Resource resolve(Bundle bundle, String reference) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> (r.fhirType() + "/" + r.getIdElement().getIdPart()).equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError("Unresolved reference " + reference));
    }
}
