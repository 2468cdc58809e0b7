package dev.carerecord.sdk.model.entry;

import static dev.carerecord.sdk.core.internal.Values.opt;

import dev.carerecord.sdk.model.value.CodedValue;
import java.util.Optional;

/** One activity of a structured care plan. */
public record CarePlanActivity(Optional<CodedValue> code, Optional<String> status, Optional<String> description) {
    public CarePlanActivity {
        code = opt(code);
        status = opt(status);
        description = opt(description);
    }
}
