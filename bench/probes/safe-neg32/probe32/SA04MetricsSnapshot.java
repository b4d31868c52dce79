package probe32;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Point-in-time view over a set of live counters, like the snapshots exported by Micrometer or
 * Dropwizard reporters. The captured values are absent until capture() and after discard();
 * reads wrap the field in Optional.ofNullable and never dereference it directly.
 */
public class SA04MetricsSnapshot {

    private final Map<String, AtomicLong> live = new HashMap<>();
    private Map<String, Long> captured; // null before capture() and after discard()
    private long captureCount;

    public void increment(String name, long delta) {
        live.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(delta);
    }

    public void capture() {
        Map<String, Long> copy = new HashMap<>();
        live.forEach((k, v) -> copy.put(k, v.get()));
        captured = copy;
        captureCount++;
    }

    public long value(String name) {
        return Optional.ofNullable(captured).map(m -> m.get(name)).orElse(0L);
    }

    public Set<String> names() {
        return Optional.ofNullable(captured)
                .map(m -> (Set<String>) new TreeSet<>(m.keySet()))
                .orElse(Collections.emptySet());
    }

    public boolean isCaptured() {
        return Optional.ofNullable(captured).isPresent();
    }

    public long total() {
        return Optional.ofNullable(captured)
                .map(m -> m.values().stream().mapToLong(Long::longValue).sum())
                .orElse(0L);
    }

    public String render() {
        StringBuilder sb = new StringBuilder("#").append(captureCount);
        Optional.ofNullable(captured).ifPresentOrElse(
                m -> new TreeSet<>(m.keySet()).forEach(k -> sb.append(' ').append(k).append('=').append(m.get(k))),
                () -> sb.append(" <no snapshot>"));
        return sb.toString();
    }

    public void discard() {
        captured = null;
    }

    public static void main(String[] args) {
        SA04MetricsSnapshot snap = new SA04MetricsSnapshot();
        snap.increment("http.requests", 3);
        System.out.println("before capture: " + snap.value("http.requests") + " names=" + snap.names()
                + " total=" + snap.total() + " captured=" + snap.isCaptured());
        System.out.println(snap.render());
        snap.capture();
        snap.increment("http.requests", 10);
        snap.increment("db.queries", 7);
        System.out.println("captured value=" + snap.value("http.requests") + " missing=" + snap.value("nope"));
        System.out.println(snap.render() + " total=" + snap.total());
        snap.capture();
        System.out.println(snap.render() + " names=" + snap.names());
        snap.discard();
        snap.discard();
        System.out.println("discarded: " + snap.render() + " value=" + snap.value("db.queries"));
        snap.capture();
        System.out.println("recaptured total=" + snap.total() + " captured=" + snap.isCaptured());
    }
}
