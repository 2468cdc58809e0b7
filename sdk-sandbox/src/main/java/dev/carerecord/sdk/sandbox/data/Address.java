package dev.carerecord.sdk.sandbox.data;

import java.util.List;

/** A synthetic postal address. */
public record Address(List<String> lines, String city, String district, String postcode) {
    public Address {
        lines = List.copyOf(lines);
    }
}
