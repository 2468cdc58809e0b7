package dev.carerecord.sdk.sandbox.shcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * A resource type the shared care record serves: its UK Core profile, its search parameters (with the common
 * {@code _id}, {@code _lastUpdated} and, where the type has one, {@code identifier}), whether it can be
 * searched, and the date results are sorted by (newest first).
 */
final class ResourceType {
    final String name;
    final String profile;
    final boolean searchable;
    private final Map<String, SearchParam> params;
    private final Function<Resource, List<DateRange>> sortDate;

    private ResourceType(Builder<?> b) {
        this.name = b.name;
        this.profile = b.profile;
        this.searchable = b.searchable;
        this.params = new LinkedHashMap<>(b.params);
        this.sortDate = b.sortDate;
    }

    static <T extends Resource> Builder<T> builder(String name, Class<T> type, String profile) {
        return new Builder<>(name, type, profile);
    }

    Optional<SearchParam> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    List<SearchParam> params() {
        return List.copyOf(params.values());
    }

    /** The reference parameters, each usable as {@code _include=Type:param}. */
    List<SearchParam> includes() {
        return params.values().stream().filter(p -> p.kind() == SearchParam.Kind.REFERENCE).toList();
    }

    /** The start of the resource's sort date in epoch ms, or Long.MIN_VALUE when it has none. */
    long sortKey(Resource resource) {
        if (sortDate == null) {
            return Long.MIN_VALUE;
        }
        return sortDate.apply(resource).stream().mapToLong(DateRange::low).max().orElse(Long.MIN_VALUE);
    }

    /** Collects a type's parameters; extractors are typed on the resource class. */
    static final class Builder<T extends Resource> {
        private final String name;
        private final Class<T> type;
        private final String profile;
        private final Map<String, SearchParam> params = new LinkedHashMap<>();
        private Function<Resource, List<DateRange>> sortDate;
        private boolean searchable = true;

        private Builder(String name, Class<T> type, String profile) {
            this.name = name;
            this.type = type;
            this.profile = profile;
            params.put("_id", new SearchParam("_id", SearchParam.Kind.TOKEN,
                    r -> List.of(new Token(null, r.getIdElement().getIdPart())), List.of(), "Logical id"));
            params.put("_lastUpdated", new SearchParam("_lastUpdated", SearchParam.Kind.DATE,
                    r -> DateRange.of(r.getMeta().getLastUpdatedElement()), List.of(), "When last changed"));
        }

        Builder<T> token(String param, Function<T, List<Token>> values, String documentation) {
            params.put(param, new SearchParam(param, SearchParam.Kind.TOKEN, r -> values.apply(type.cast(r)),
                    List.of(), documentation));
            return this;
        }

        /** A reference parameter over one or more Reference elements, optionally limited to some target types. */
        Builder<T> reference(String param, Function<T, List<Reference>> values, List<String> targets,
                             String documentation) {
            params.put(param, new SearchParam(param, SearchParam.Kind.REFERENCE, r -> {
                List<String> out = new ArrayList<>();
                for (Reference ref : values.apply(type.cast(r))) {
                    String value = ref == null ? null : ref.getReference();
                    if (value != null && targets.stream().anyMatch(t -> value.startsWith(t + "/"))) {
                        out.add(value);
                    }
                }
                return out;
            }, List.copyOf(targets), documentation));
            return this;
        }

        Builder<T> date(String param, Function<T, Type> value, String documentation) {
            params.put(param, new SearchParam(param, SearchParam.Kind.DATE,
                    r -> DateRange.of(value.apply(type.cast(r))), List.of(), documentation));
            return this;
        }

        /** Sorts results by this date parameter, newest first. */
        Builder<T> sortBy(String dateParam) {
            SearchParam param = params.get(dateParam);
            this.sortDate = param::dates;
            return this;
        }

        /** Readable only (no search interaction). */
        Builder<T> readOnly() {
            this.searchable = false;
            return this;
        }

        ResourceType build() {
            return new ResourceType(this);
        }
    }
}
