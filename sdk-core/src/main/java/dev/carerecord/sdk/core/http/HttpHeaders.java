package dev.carerecord.sdk.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers: names compare case-insensitively, each name may carry several values in order.
 */
public final class HttpHeaders {
    private static final HttpHeaders EMPTY = new HttpHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> values;

    private HttpHeaders(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** No headers. */
    public static HttpHeaders empty() {
        return EMPTY;
    }

    /** Headers holding a copy of {@code map} (null names and values are dropped). */
    public static HttpHeaders of(Map<String, ? extends List<String>> map) {
        Builder b = builder();
        map.forEach((name, list) -> {
            if (name != null && list != null) {
                list.forEach(v -> {
                    if (v != null) {
                        b.add(name, v);
                    }
                });
            }
        });
        return b.build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}, if any. */
    public Optional<String> firstValue(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of {@code name}, in order; empty when absent. */
    public List<String> allValues(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    /** True when {@code name} has at least one value. */
    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** The header names, in case-insensitive order, as first added. */
    public Set<String> names() {
        return values.keySet();
    }

    /** The headers as an unmodifiable, case-insensitive map. */
    public Map<String, List<String>> map() {
        return values;
    }

    /** True when there are no headers. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A builder holding these headers. */
    public Builder toBuilder() {
        Builder b = builder();
        values.forEach((name, list) -> list.forEach(v -> b.add(name, v)));
        return b;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpHeaders h && h.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Header names only: values can hold credentials or identifiers. */
    @Override
    public String toString() {
        return "HttpHeaders" + values.keySet();
    }

    /** Collects headers. Not thread-safe. */
    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** Adds a value to {@code name}. */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /** Replaces every value of {@code name} with {@code value}. */
        public Builder set(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            List<String> list = new ArrayList<>();
            list.add(value);
            values.remove(name);
            values.put(name, list);
            return this;
        }

        /** Removes {@code name}. */
        public Builder remove(String name) {
            values.remove(name);
            return this;
        }

        /** True when {@code name} is present. */
        public boolean contains(String name) {
            return values.containsKey(name);
        }

        /** The headers. */
        public HttpHeaders build() {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
            return new HttpHeaders(copy);
        }
    }
}
