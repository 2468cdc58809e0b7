package dev.carerecord.sdk.sandbox.shcr;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Identifier;

/** One indexed token value: a system (may be null) and a code. */
record Token(String system, String code) {
    static List<Token> of(CodeableConcept concept) {
        List<Token> out = new ArrayList<>();
        if (concept != null) {
            concept.getCoding().forEach(c -> out.add(new Token(c.getSystem(), c.getCode())));
        }
        return out;
    }

    static List<Token> of(List<CodeableConcept> concepts) {
        List<Token> out = new ArrayList<>();
        concepts.forEach(c -> out.addAll(of(c)));
        return out;
    }

    static List<Token> of(Coding coding) {
        return coding == null || coding.getCode() == null ? List.of()
                : List.of(new Token(coding.getSystem(), coding.getCode()));
    }

    static List<Token> of(Enumeration<?> value) {
        return value == null || value.getValueAsString() == null ? List.of()
                : List.of(new Token(value.getSystem(), value.getValueAsString()));
    }

    static List<Token> identifiers(List<Identifier> identifiers) {
        List<Token> out = new ArrayList<>();
        identifiers.forEach(i -> out.add(new Token(i.getSystem(), i.getValue())));
        return out;
    }

    /**
     * Whether this token matches a search value: {@code code} (any system), {@code system|code},
     * {@code |code} (no system) or {@code system|} (any code in the system).
     */
    boolean matches(String value) {
        int bar = value.indexOf('|');
        if (bar < 0) {
            return value.equals(code);
        }
        String wantedSystem = value.substring(0, bar);
        String wantedCode = value.substring(bar + 1);
        boolean systemOk = wantedSystem.isEmpty() ? system == null : wantedSystem.equals(system);
        return systemOk && (wantedCode.isEmpty() || wantedCode.equals(code));
    }
}
