package dev.carerecord.sdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.ConnectionFailedException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

    /** Three pages: 1,2 / 3,4 / 5; records the links asked for. */
    private static final class ThreePages implements PageFetcher<Integer> {
        final List<String> asked = new ArrayList<>();

        @Override
        public Page<Integer> fetch(String link) {
            asked.add(String.valueOf(link));
            if (link == null) {
                return Page.of(List.of(1, 2), "p2");
            }
            return switch (link) {
                case "p2" -> Page.of(List.of(3, 4), "p3");
                case "p3" -> Page.last(List.of(5));
                default -> throw new IllegalArgumentException(link);
            };
        }
    }

    @Test
    void nothingIsFetchedUntilIteration() {
        ThreePages fetcher = new ThreePages();
        PagedIterable<Integer> paged = PagedIterable.of(fetcher);
        Iterator<Integer> iterator = paged.iterator();

        assertThat(fetcher.asked).isEmpty();
        assertThat(iterator.hasNext()).isTrue();
        assertThat(fetcher.asked).containsExactly("null");
    }

    @Test
    void forEachReadsEveryPageInOrder() {
        ThreePages fetcher = new ThreePages();
        List<Integer> items = new ArrayList<>();
        for (int i : PagedIterable.of(fetcher)) {
            items.add(i);
        }

        assertThat(items).containsExactly(1, 2, 3, 4, 5);
        assertThat(fetcher.asked).containsExactly("null", "p2", "p3");
    }

    @Test
    void stoppingEarlyFetchesNoFurtherPages() {
        ThreePages fetcher = new ThreePages();

        assertThat(PagedIterable.of(fetcher).stream().limit(2).toList()).containsExactly(1, 2);
        assertThat(fetcher.asked).containsExactly("null");
    }

    @Test
    void byPageGivesItemsAndLinks() {
        List<Page<Integer>> pages = new ArrayList<>();
        PagedIterable.of(new ThreePages()).iterableByPage().forEach(pages::add);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).items()).containsExactly(1, 2);
        assertThat(pages.get(0).nextLink()).contains("p2");
        assertThat(pages.get(2).hasNext()).isFalse();
        assertThat(PagedIterable.of(new ThreePages()).streamByPage().count()).isEqualTo(3);
    }

    @Test
    void everyIterationStartsAgain() {
        ThreePages fetcher = new ThreePages();
        PagedIterable<Integer> paged = PagedIterable.of(fetcher);

        assertThat(paged.stream().count()).isEqualTo(5);
        assertThat(paged.stream().count()).isEqualTo(5);
        assertThat(fetcher.asked).containsExactly("null", "p2", "p3", "null", "p2", "p3");
    }

    @Test
    void resumeFromStartsAtTheLink() {
        ThreePages fetcher = new ThreePages();

        assertThat(PagedIterable.of(fetcher).resumeFrom("p3").stream().toList()).containsExactly(5);
        assertThat(fetcher.asked).containsExactly("p3");
    }

    @Test
    void mapTransformsLazily() {
        ThreePages fetcher = new ThreePages();
        PagedIterable<String> mapped = PagedIterable.of(fetcher).map(i -> "#" + i);

        assertThat(fetcher.asked).isEmpty();
        assertThat(mapped.stream().collect(Collectors.joining(","))).isEqualTo("#1,#2,#3,#4,#5");
    }

    @Test
    void errorsSurfaceDuringIterationAfterTheGoodPages() {
        PageFetcher<Integer> failing = link -> {
            if (link == null) {
                return Page.of(List.of(1), "p2");
            }
            throw new ConnectionFailedException("refused", null, 1, "c1");
        };
        Iterator<Integer> iterator = PagedIterable.of(failing).iterator();

        assertThat(iterator.next()).isEqualTo(1);
        assertThatThrownBy(iterator::hasNext).isInstanceOf(ConnectionFailedException.class);
    }

    @Test
    void aRepeatedLinkStopsPagingInsteadOfLooping() {
        PageFetcher<Integer> loop = link -> Page.of(List.of(1), "same");
        Iterator<Integer> iterator = PagedIterable.of(loop).iterator();

        assertThat(iterator.next()).isEqualTo(1);
        assertThat(iterator.next()).isEqualTo(1);
        assertThatThrownBy(iterator::hasNext).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyPagesAreSkippedAndBlankLinksEndPaging() {
        PageFetcher<Integer> fetcher = link -> link == null ? Page.of(List.of(), "p2")
                : new Page<>(List.of(7), Optional.of(" "));

        assertThat(PagedIterable.of(fetcher).stream().toList()).containsExactly(7);
    }

    @Test
    void ofPageFetchesNothing() {
        assertThat(PagedIterable.ofPage(Page.last(List.of("a", "b"))).stream().toList()).containsExactly("a", "b");
        assertThat(Page.of(List.of(1), "secret-token").toString()).doesNotContain("secret");
    }
}
