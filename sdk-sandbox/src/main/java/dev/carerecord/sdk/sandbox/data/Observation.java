package dev.carerecord.sdk.sandbox.data;

import java.util.List;

/**
 * An observation: uncategorised data (with a value, a text value, components such as a blood pressure, or only
 * a comment) or an immunisation consent/dissent status.
 */
public record Observation(String id, String businessId, Code code, PartialDate effective, Measurement value,
                          String valueText, List<Component> components, String comment, String staffId,
                          boolean confidential) implements Item {
    /** One component, e.g. systolic or diastolic pressure. */
    public record Component(Code code, Measurement value) {
    }

    public Observation {
        components = List.copyOf(components);
    }
}
