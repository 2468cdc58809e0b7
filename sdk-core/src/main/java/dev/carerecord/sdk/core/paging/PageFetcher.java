package dev.carerecord.sdk.core.paging;

/**
 * Fetches one page of a paged result: the first page when given no link, else the page at the link a previous
 * page named. Clients implement it over their HTTP calls; {@link PagedIterable} calls it lazily. May throw the
 * SDK's unchecked exceptions, which then surface from the iteration that needed the page.
 *
 * @param <T> the type of item
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * The page at {@code link}.
     *
     * @param link null for the first page, else a previous page's {@link Page#nextLink()}
     */
    Page<T> fetch(String link);
}
