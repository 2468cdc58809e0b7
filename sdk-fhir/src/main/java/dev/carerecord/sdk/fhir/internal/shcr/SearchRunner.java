package dev.carerecord.sdk.fhir.internal.shcr;

import dev.carerecord.sdk.core.RequesterContext;
import dev.carerecord.sdk.core.exception.CallInterruptedException;
import dev.carerecord.sdk.core.exception.SdkException;
import dev.carerecord.sdk.core.exception.ServiceException;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.core.paging.Page;
import dev.carerecord.sdk.core.paging.PagedIterable;
import dev.carerecord.sdk.model.SourceIssue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the planned searches of one record read in parallel on an executor, each reading its pages lazily up to
 * the page cap, every call within the record's deadline. A search that fails (error answer, timeout, a refused
 * next link) becomes a failed {@link SearchRun}, never an exception; a search still running shortly after the
 * deadline is cancelled. Not part of the public API.
 */
public final class SearchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SearchRunner.class);
    /** How long after the deadline a search may take to give up by itself before it is cancelled. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final ShcrHttp http;
    private final ExecutorService executor;

    public SearchRunner(ShcrHttp http, ExecutorService executor) {
        this.http = http;
        this.executor = executor;
    }

    /**
     * Runs every search; results in plan order.
     *
     * @throws CallInterruptedException when the calling thread is interrupted while waiting (the searches are
     *     cancelled and the interrupt flag is set again)
     */
    public List<SearchRun> runAll(List<PlannedSearch> searches, RequesterContext requester, NhsNumber patient,
            Deadline deadline, int maxPages) {
        List<Future<SearchRun>> futures = new ArrayList<>();
        for (PlannedSearch search : searches) {
            try {
                futures.add(executor.submit(() -> run(search, requester, patient, deadline, maxPages)));
            } catch (RejectedExecutionException e) {
                futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                        failed(search, "the client is closed or overloaded: the search was not started", "REJECTED")));
            }
        }
        List<SearchRun> runs = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            Future<SearchRun> future = futures.get(i);
            PlannedSearch search = searches.get(i);
            try {
                long waitNanos = Math.max(0, deadline.remaining().plus(GRACE).toNanos());
                runs.add(future.get(waitNanos, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                runs.add(failed(search, "the deadline passed before the " + search.resourceType()
                        + " search finished", "DEADLINE_EXCEEDED"));
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new CallInterruptedException("interrupted while reading the shared care record", e, 0, null);
            } catch (ExecutionException | CancellationException e) {
                runs.add(failed(search, "the " + search.resourceType() + " search failed unexpectedly", "ERROR"));
            }
        }
        return runs;
    }

    private SearchRun run(PlannedSearch search, RequesterContext requester, NhsNumber patient, Deadline deadline,
            int maxPages) {
        String url = http.searchUrl(search.resourceType(), search.params());
        PagedIterable<Bundle.BundleEntryComponent> paged = PagedIterable.of(http.pages(url,
                "search" + search.resourceType(), requester, patient,
                () -> deadline.require("reading the " + search.resourceType() + " search")));
        List<Bundle> pages = new ArrayList<>();
        List<SourceIssue> issues = new ArrayList<>();
        boolean truncated = false;
        try {
            for (Page<Bundle.BundleEntryComponent> page : paged.iterableByPage()) {
                Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
                page.items().forEach(bundle::addEntry);
                pages.add(bundle);
                issues.addAll(outcomeIssues(page.items()));
                if (pages.size() >= maxPages && page.hasNext()) {
                    truncated = true;
                    break;
                }
            }
        } catch (SdkException e) {
            LOG.debug("{} search of {} failed: {}", search.resourceType(), http.source(), e.toString());
            return new SearchRun(search, pages, truncated, Optional.of(describe(search, e)), Optional.of(code(e)),
                    issues);
        } catch (RuntimeException e) {
            LOG.debug("{} search of {} failed: {}", search.resourceType(), http.source(), e.toString());
            return new SearchRun(search, pages, truncated, Optional.of("the " + search.resourceType()
                    + " search failed (" + e.getClass().getSimpleName() + ")"), Optional.of("ERROR"), issues);
        }
        return new SearchRun(search, pages, truncated, Optional.empty(), Optional.empty(), issues);
    }

    private static SearchRun failed(PlannedSearch search, String why, String code) {
        return new SearchRun(search, List.of(), false, Optional.of(why), Optional.of(code), List.of());
    }

    /** Why a search failed, without server diagnostics (they could echo request content). */
    private static String describe(PlannedSearch search, SdkException e) {
        String what = "the " + search.resourceType() + " search failed: ";
        if (e instanceof ServiceException s) {
            return what + "HTTP " + s.statusCode() + s.errorCode().map(c -> " " + c.value()).orElse("");
        }
        return what + e.getClass().getSimpleName().replaceAll("Exception$", "");
    }

    private static String code(SdkException e) {
        if (e instanceof ServiceException s) {
            return s.errorCode().map(c -> c.value()).orElse("HTTP_" + s.statusCode());
        }
        return e.getClass().getSimpleName().replaceAll("Exception$", "");
    }

    private static List<SourceIssue> outcomeIssues(List<Bundle.BundleEntryComponent> entries) {
        List<SourceIssue> issues = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : entries) {
            if (entry.getResource() instanceof OperationOutcome outcome && (!entry.hasSearch()
                    || entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME)) {
                for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
                    issues.add(new SourceIssue(issue.getSeverity() == null ? "information" : issue.getSeverity().toCode(),
                            issue.getCode() == null ? "informational" : issue.getCode().toCode(),
                            issue.getDetails().getCoding().stream().map(c -> c.getCode()).filter(c -> c != null)
                                    .findFirst(),
                            Optional.ofNullable(issue.getDetails().getText()), Optional.ofNullable(issue.getDiagnostics())));
                }
            }
        }
        return issues;
    }
}
