/**
 * Paged results read lazily: {@link dev.carerecord.sdk.core.paging.PagedIterable} (items or pages, for-each or
 * streams), {@link dev.carerecord.sdk.core.paging.Page} (items and an optional next link) and the
 * {@link dev.carerecord.sdk.core.paging.PageFetcher} clients implement. No FHIR types: FHIR clients adapt
 * {@code Bundle.link[next]} to a page's next link.
 */
package dev.carerecord.sdk.core.paging;
