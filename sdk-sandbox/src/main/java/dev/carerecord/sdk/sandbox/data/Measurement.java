package dev.carerecord.sdk.sandbox.data;

import java.math.BigDecimal;

/** A measured value with its human unit and UCUM code (either may be absent for unitless values). */
public record Measurement(BigDecimal value, String unit, String ucum) {
    public static Measurement of(String value, String unit, String ucum) {
        return new Measurement(new BigDecimal(value), unit, ucum);
    }
}
