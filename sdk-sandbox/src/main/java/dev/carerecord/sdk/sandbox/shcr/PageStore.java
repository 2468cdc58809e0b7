package dev.carerecord.sdk.sandbox.shcr;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search results kept for paging: each search gets an opaque id; its {@code next}/{@code previous} links stay
 * valid for {@link #TTL} after the search ran (then 410 Gone, as HAPI FHIR answers). Bounded: the oldest
 * searches are dropped first. Thread-safe.
 */
final class PageStore {
    static final Duration TTL = Duration.ofMinutes(15);
    private static final int CAPACITY = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One search's results, in order, with what to include on each page. */
    record Snapshot(String id, ShcrWorld world, String type, List<Resource> matches,
                    List<SearchQuery.Include> includes, String selfQuery, int count, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Snapshot> searches = new LinkedHashMap<>();

    PageStore(Clock clock) {
        this.clock = clock;
    }

    Snapshot store(ShcrWorld world, SearchQuery query, List<Resource> matches) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        Snapshot s = new Snapshot(HexFormat.of().formatHex(bytes), world, query.type.name, List.copyOf(matches),
                List.copyOf(query.includes), query.selfQuery(), query.count, clock.instant().plus(TTL));
        synchronized (searches) {
            purge();
            if (searches.size() >= CAPACITY) {
                Iterator<String> oldest = searches.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            searches.put(s.id(), s);
        }
        return s;
    }

    Optional<Snapshot> get(String id) {
        synchronized (searches) {
            purge();
            return Optional.ofNullable(searches.get(id));
        }
    }

    private void purge() {
        Instant now = clock.instant();
        searches.values().removeIf(s -> !s.expires().isAfter(now));
    }
}
