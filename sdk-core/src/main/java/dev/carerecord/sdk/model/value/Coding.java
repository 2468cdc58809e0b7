package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.Optional;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * One code from one code system, as the source sent it. The system URI is normalised where sources disagree
 * only in scheme ({@code http} vs {@code https}) for the systems in {@link CodeSystems}.
 */
public record Coding(Optional<String> system, Optional<String> code, Optional<String> display,
        Optional<String> version) {

    public Coding {
        system = opt(system);
        code = opt(code);
        display = opt(display);
        version = opt(version);
    }

    /** A coding with system, code and display. */
    public static Coding of(String system, String code, String display) {
        return new Coding(Optional.ofNullable(system), Optional.ofNullable(code), Optional.ofNullable(display),
                Optional.empty());
    }

    /** True when this coding has {@code system} (compared after normalisation) and {@code code}. */
    public boolean is(String system, String code) {
        return this.code.filter(code::equals).isPresent()
                && this.system.map(CodeSystems::normalise).filter(CodeSystems.normalise(system)::equals).isPresent();
    }

    /** True when the system is SNOMED CT. */
    @JsonbTransient
    public boolean isSnomed() {
        return system.filter(s -> CodeSystems.normalise(s).equals(CodeSystems.SNOMED)).isPresent();
    }
}
