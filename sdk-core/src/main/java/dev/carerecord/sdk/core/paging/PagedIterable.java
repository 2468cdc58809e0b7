package dev.carerecord.sdk.core.paging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A paged result read lazily: items one by one ({@code for (T item : paged)}, {@link #stream()}) or page by page
 * ({@link #iterableByPage()}, {@link #streamByPage()}).
 *
 * <ul>
 *   <li>Nothing is fetched until iteration starts; each page is fetched when the iteration reaches it, so
 *       stopping early (a {@code break}, {@code stream().limit(n)}) fetches no further pages.</li>
 *   <li>Every new iteration starts again from the first page and fetches again; keep the items (e.g.
 *       {@code stream().toList()}) to read them twice.</li>
 *   <li>Errors surface during iteration: the SDK's unchecked exceptions (a failed call, a refused next link)
 *       are thrown by {@code hasNext()} / {@code next()} of the iteration that needed the page.</li>
 *   <li>A page repeating a link already followed in the same iteration ends it with an
 *       {@link IllegalStateException} rather than looping forever.</li>
 * </ul>
 * Thread-safe to share; each iterator is for one thread.
 *
 * @param <T> the type of item
 */
public final class PagedIterable<T> implements Iterable<T> {
    private final PageFetcher<T> fetcher;
    private final String firstLink;

    private PagedIterable(PageFetcher<T> fetcher, String firstLink) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.firstLink = firstLink;
    }

    /** Pages fetched by {@code fetcher}, starting from the first page ({@code fetcher.fetch(null)}). */
    public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
        return new PagedIterable<>(fetcher, null);
    }

    /** One page only, already held: no fetching. */
    public static <T> PagedIterable<T> ofPage(Page<T> page) {
        Objects.requireNonNull(page, "page");
        return new PagedIterable<>(link -> Page.last(page.items()), null);
    }

    /**
     * The same result resumed at {@code link} (a {@link Page#nextLink()} from an earlier iteration): the first
     * page fetched is the one at that link.
     */
    public PagedIterable<T> resumeFrom(String link) {
        Objects.requireNonNull(link, "link");
        if (link.isBlank()) {
            throw new IllegalArgumentException("link is blank");
        }
        return new PagedIterable<>(fetcher, link);
    }

    /** The same pages with every item transformed by {@code mapper} (lazily, as pages arrive). */
    public <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        PageFetcher<R> mapped = link -> {
            Page<T> page = fetcher.fetch(link);
            List<R> items = new ArrayList<>(page.items().size());
            page.items().forEach(item -> items.add(mapper.apply(item)));
            return new Page<>(items, page.nextLink());
        };
        return new PagedIterable<>(mapped, firstLink);
    }

    /** The items of every page, in order, fetching pages as the iteration reaches them. */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = new PageIterator();
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The items as a sequential stream, fetching pages as the stream reaches them. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The pages, in order, each fetched when the iteration reaches it. */
    public Iterable<Page<T>> iterableByPage() {
        return PageIterator::new;
    }

    /** The pages as a sequential stream. */
    public Stream<Page<T>> streamByPage() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED),
                false);
    }

    @Override
    public String toString() {
        return "PagedIterable[" + (firstLink == null ? "from the first page" : "resumed") + "]";
    }

    /** Walks the pages of one iteration, refusing a link already followed. */
    private final class PageIterator implements Iterator<Page<T>> {
        private final java.util.Set<String> followed = new java.util.HashSet<>();
        private Optional<String> nextLink = Optional.ofNullable(firstLink);
        private boolean started;

        @Override
        public boolean hasNext() {
            return !started || nextLink.isPresent();
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String link = nextLink.orElse(null);
            if (link != null && !followed.add(link)) {
                throw new IllegalStateException("the source named a page already read; paging stopped");
            }
            started = true;
            nextLink = Optional.empty();
            Page<T> page = Objects.requireNonNull(fetcher.fetch(link), "the fetcher returned no page");
            nextLink = page.nextLink();
            return page;
        }
    }
}
