package org.rstarworkbench.core.model.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The replicas of one model and how busy each is. {@link #acquire()} picks the least busy endpoint that is not
 * cooling down after a connection failure, breaking ties round-robin, so equal replicas share the load evenly and a
 * dead replica is skipped while a live one remains.
 *
 * <p>Threading: safe for concurrent use; picking is synchronized, counters are atomic.
 */
final class EndpointPool {

    /** One replica: its base URL ({@code .../v1}) and its load. */
    static final class Endpoint {
        private final String baseUrl;
        private final URI completions;
        private final AtomicInteger inFlight = new AtomicInteger();
        private volatile long coolUntilNanos;

        private Endpoint(String baseUrl) {
            this.baseUrl = baseUrl;
            this.completions = URI.create(baseUrl + "/completions");
        }

        /** The base URL without a trailing slash, e.g. {@code http://localhost:8000/v1}. */
        String baseUrl() {
            return baseUrl;
        }

        /** {@code <base>/completions}. */
        URI completions() {
            return completions;
        }
    }

    private final List<Endpoint> endpoints;
    private int next;

    /** @param baseUrls validated, normalised base URLs (see {@link #normalise(String)}), at least one */
    EndpointPool(List<String> baseUrls) {
        List<Endpoint> list = new ArrayList<>(baseUrls.size());
        for (String url : baseUrls) {
            list.add(new Endpoint(url));
        }
        this.endpoints = List.copyOf(list);
    }

    /** The base URLs in pool order. */
    List<String> baseUrls() {
        return endpoints.stream().map(Endpoint::baseUrl).toList();
    }

    /** Picks an endpoint and counts one more request in flight on it; pair with {@link #release(Endpoint)}. */
    synchronized Endpoint acquire() {
        long now = System.nanoTime();
        Endpoint best = null;
        boolean bestCooling = true;
        for (int k = 0; k < endpoints.size(); k++) {
            Endpoint e = endpoints.get((next + k) % endpoints.size());
            boolean cooling = e.coolUntilNanos - now > 0;
            if (best == null || better(e, cooling, best, bestCooling)) {
                best = e;
                bestCooling = cooling;
            }
        }
        next = (endpoints.indexOf(best) + 1) % endpoints.size();
        best.inFlight.incrementAndGet();
        return best;
    }

    private static boolean better(Endpoint e, boolean cooling, Endpoint best, boolean bestCooling) {
        if (cooling != bestCooling) {
            return !cooling;
        }
        if (cooling) {
            return e.coolUntilNanos - best.coolUntilNanos < 0;
        }
        return e.inFlight.get() < best.inFlight.get();
    }

    /** Counts one request on {@code endpoint} as finished. */
    void release(Endpoint endpoint) {
        endpoint.inFlight.decrementAndGet();
    }

    /** Keeps requests away from {@code endpoint} for {@code cooldown} while another endpoint is available. */
    void coolDown(Endpoint endpoint, Duration cooldown) {
        endpoint.coolUntilNanos = System.nanoTime() + cooldown.toNanos();
    }

    /**
     * Validates a base URL and strips a trailing slash.
     *
     * @throws IllegalArgumentException naming the bad URL and how to fix it
     */
    static String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("base URL is missing; give one like http://localhost:8000/v1");
        }
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL '" + url + "' is not a valid URL (" + e.getReason()
                    + "); give one like http://localhost:8000/v1", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("base URL '" + url + "' must start with http:// or https://, e.g. "
                    + "http://localhost:8000/v1");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("base URL '" + url + "' has no host; give one like "
                    + "http://localhost:8000/v1");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base URL '" + url + "' must not have a query or fragment; give one "
                    + "like http://localhost:8000/v1");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!path.endsWith("/v1")) {
            throw new IllegalArgumentException("base URL '" + url + "' must end in /v1; did you mean '"
                    + suggestion(trimmed, path) + "'?");
        }
        return trimmed;
    }

    private static String suggestion(String url, String path) {
        int v1 = path.lastIndexOf("/v1/");
        if (v1 >= 0) {
            // e.g. .../v1/completions or .../v1/chat/completions: keep everything up to /v1
            String tail = path.substring(v1 + 3);
            return url.substring(0, url.length() - tail.length());
        }
        return url + "/v1";
    }
}
