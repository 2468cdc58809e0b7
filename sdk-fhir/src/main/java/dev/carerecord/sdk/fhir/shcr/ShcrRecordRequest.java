package dev.carerecord.sdk.fhir.shcr;

import dev.carerecord.sdk.model.SectionKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link SharedCareRecordClient#getRecord} reads: which sections, at most how many pages per search
 * (a TRUNCATED warning says when more were left at the source), the page size to ask for ({@code _count}),
 * whether referenced Medication / Practitioner / Organization resources are asked for with {@code _include}
 * (only those the server advertises), and the overall deadline. Immutable; build with {@link #builder()}.
 */
public final class ShcrRecordRequest {
    private static final ShcrRecordRequest DEFAULTS = builder().build();

    private final Set<SectionKind> sections;
    private final int maxPagesPerSearch;
    private final Optional<Integer> pageSize;
    private final boolean includeReferenced;
    private final Duration deadline;

    private ShcrRecordRequest(Builder b) {
        this.sections = b.sections.isEmpty() ? EnumSet.allOf(SectionKind.class) : EnumSet.copyOf(b.sections);
        this.maxPagesPerSearch = b.maxPagesPerSearch;
        this.pageSize = Optional.ofNullable(b.pageSize);
        this.includeReferenced = b.includeReferenced;
        this.deadline = b.deadline;
    }

    /** Every section, 20 pages per search, the server's page size, includes on, a 30-second deadline. */
    public static ShcrRecordRequest defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The sections asked for. */
    public Set<SectionKind> sections() {
        return java.util.Collections.unmodifiableSet(sections);
    }

    /** The most pages read per search. */
    public int maxPagesPerSearch() {
        return maxPagesPerSearch;
    }

    /** The {@code _count} sent, if any. */
    public Optional<Integer> pageSize() {
        return pageSize;
    }

    /** Whether referenced resources are asked for with {@code _include}. */
    public boolean includeReferenced() {
        return includeReferenced;
    }

    /** The deadline of the whole record: patient lookup, every page of every section. */
    public Duration deadline() {
        return deadline;
    }

    @Override
    public String toString() {
        return "ShcrRecordRequest[sections=" + sections + ", maxPagesPerSearch=" + maxPagesPerSearch + ", pageSize="
                + pageSize.map(String::valueOf).orElse("server") + ", includeReferenced=" + includeReferenced
                + ", deadline=" + deadline + "]";
    }

    /** Collects a {@link ShcrRecordRequest}. Not thread-safe. */
    public static final class Builder {
        private final Set<SectionKind> sections = EnumSet.noneOf(SectionKind.class);
        private int maxPagesPerSearch = 20;
        private Integer pageSize;
        private boolean includeReferenced = true;
        private Duration deadline = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The sections to read (every section when none are named). */
        public Builder sections(SectionKind... values) {
            Arrays.stream(values).map(v -> Objects.requireNonNull(v, "section")).forEach(sections::add);
            return this;
        }

        /** The most pages read per search, at least 1; default 20. */
        public Builder maxPagesPerSearch(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPagesPerSearch must be at least 1");
            }
            this.maxPagesPerSearch = value;
            return this;
        }

        /** The page size to ask for ({@code _count}), 1 to 1000; the server's default when not set. */
        public Builder pageSize(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("pageSize must be 1 to 1000");
            }
            this.pageSize = value;
            return this;
        }

        /** Whether to {@code _include} referenced Medication, Practitioner, Organization... (default true). */
        public Builder includeReferenced(boolean value) {
            this.includeReferenced = value;
            return this;
        }

        /** The deadline of the whole record; positive; default 30 s. */
        public Builder deadline(Duration value) {
            Objects.requireNonNull(value, "deadline");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("deadline must be positive");
            }
            this.deadline = value;
            return this;
        }

        public ShcrRecordRequest build() {
            return new ShcrRecordRequest(this);
        }
    }
}
