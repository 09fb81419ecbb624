package io.github.sorrysite.chromium;

import java.util.List;

/**
 * What loading a page looked like from inside the browser.
 *
 * @param status HTTP status of the main document
 * @param consoleErrors console errors, uncaught exceptions and error log entries, as text
 * @param requests every URL the page requested, the document included
 * @param failedRequests URLs whose load failed (network error, blocked), with the reason
 */
public record PageVisit(int status, List<String> consoleErrors, List<String> requests, List<String> failedRequests) {
    public PageVisit {
        consoleErrors = List.copyOf(consoleErrors);
        requests = List.copyOf(requests);
        failedRequests = List.copyOf(failedRequests);
    }
}
