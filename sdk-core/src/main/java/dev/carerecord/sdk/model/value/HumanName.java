package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.List;
import java.util.Optional;

/** A person's name as recorded: use (official, usual, nickname...), family, given names, prefixes, suffixes. */
public record HumanName(Optional<String> use, Optional<String> family, List<String> given, List<String> prefix,
        List<String> suffix, Optional<String> text, Optional<Period> period) {

    public HumanName {
        use = opt(use);
        family = opt(family);
        given = list(given);
        prefix = list(prefix);
        suffix = list(suffix);
        text = opt(text);
        period = opt(period);
    }

    /** For display: the text if recorded, else "prefix given family". */
    public String display() {
        if (text.isPresent()) {
            return text.get();
        }
        StringBuilder name = new StringBuilder();
        prefix.forEach(p -> name.append(p).append(' '));
        given.forEach(g -> name.append(g).append(' '));
        family.ifPresent(name::append);
        return name.toString().strip();
    }
}
