package dev.carerecord.sdk.core.paging;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paged result: its items, in the order the source gave them, and the link to the next page when
 * the source offered one. Immutable.
 *
 * @param items the items of this page (copied; never null)
 * @param nextLink where the next page is, as the source gave it (for FHIR: {@code Bundle.link[next].url},
 *     which may carry opaque tokens), or empty on the last page
 * @param <T> the type of item
 */
public record Page<T>(List<T> items, Optional<String> nextLink) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
        nextLink = nextLink == null ? Optional.empty() : nextLink.filter(link -> !link.isBlank());
    }

    /** A page with these items and no next page. */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }

    /** A page with these items and a next page at {@code nextLink} (null or blank for none). */
    public static <T> Page<T> of(List<T> items, String nextLink) {
        return new Page<>(items, Optional.ofNullable(nextLink));
    }

    /** True when the source offered another page. */
    public boolean hasNext() {
        return nextLink.isPresent();
    }

    /** Link text is left out: it may carry tokens or identifiers. */
    @Override
    public String toString() {
        return "Page[items=" + items.size() + ", hasNext=" + hasNext() + "]";
    }
}
