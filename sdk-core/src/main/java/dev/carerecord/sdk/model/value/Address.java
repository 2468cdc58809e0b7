package dev.carerecord.sdk.model.value;

import static dev.carerecord.sdk.core.internal.Values.list;
import static dev.carerecord.sdk.core.internal.Values.opt;

import java.util.List;
import java.util.Optional;

/** A postal address as recorded. */
public record Address(Optional<String> use, Optional<String> type, List<String> lines, Optional<String> city,
        Optional<String> district, Optional<String> postalCode, Optional<String> country, Optional<Period> period) {

    public Address {
        use = opt(use);
        type = opt(type);
        lines = list(lines);
        city = opt(city);
        district = opt(district);
        postalCode = opt(postalCode);
        country = opt(country);
        period = opt(period);
    }
}
