package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Objects;
import java.util.Optional;

/** A business identifier: a value in a namespace ({@code system}), e.g. a GP Connect data identifier or a UBRN. */
public record Identifier(Optional<String> system, String value) {

    public Identifier {
        system = opt(system);
        Objects.requireNonNull(value, "value");
    }

    /** An identifier with a system. */
    public static Identifier of(String system, String value) {
        return new Identifier(Optional.ofNullable(system), value);
    }

    /** True when the system (normalised) and value match. */
    public boolean sameAs(Identifier other) {
        return value.equals(other.value)
                && system.map(CodeSystems::normalise).equals(other.system.map(CodeSystems::normalise));
    }
}
