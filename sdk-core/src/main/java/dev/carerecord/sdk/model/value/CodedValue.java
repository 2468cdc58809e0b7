package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.List;
import java.util.Optional;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A coded concept with every coding the source sent and its original text, so nothing is lost when the
 * source used a local code system or free text alone.
 */
public record CodedValue(List<Coding> codings, Optional<String> text) {
    /** No codes and no text. */
    public static final CodedValue EMPTY = new CodedValue(List.of(), Optional.empty());

    public CodedValue {
        codings = list(codings);
        text = opt(text);
    }

    /** A value with one coding and no separate text. */
    public static CodedValue of(Coding coding) {
        return new CodedValue(List.of(coding), Optional.empty());
    }

    /** A value with text only. */
    public static CodedValue ofText(String text) {
        return new CodedValue(List.of(), Optional.ofNullable(text));
    }

    /** The first SNOMED CT coding, if any. */
    public Optional<Coding> snomed() {
        return codings.stream().filter(Coding::isSnomed).findFirst();
    }

    /** The first coding in {@code system} (compared after normalisation). */
    public Optional<Coding> coding(String system) {
        String wanted = CodeSystems.normalise(system);
        return codings.stream().filter(c -> c.system().map(CodeSystems::normalise).filter(wanted::equals).isPresent())
                .findFirst();
    }

    /** True when any coding has this system and code. */
    public boolean hasCode(String system, String code) {
        return codings.stream().anyMatch(c -> c.is(system, code));
    }

    /** True when any coding has this code, whatever its system. */
    public boolean hasCode(String code) {
        return codings.stream().anyMatch(c -> c.code().filter(code::equals).isPresent());
    }

    /** What to show a person: the original text, else a SNOMED display, else any display, else any code. */
    public String bestDisplay() {
        return text.or(() -> snomed().flatMap(Coding::display))
                .or(() -> codings.stream().map(Coding::display).flatMap(Optional::stream).findFirst())
                .or(() -> codings.stream().map(Coding::code).flatMap(Optional::stream).findFirst())
                .orElse("");
    }

    /** True when there is neither a coding nor text. */
    @JsonbTransient
    public boolean isEmpty() {
        return codings.isEmpty() && text.isEmpty();
    }
}
