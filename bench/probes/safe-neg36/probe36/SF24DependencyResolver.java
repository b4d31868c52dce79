package probe36;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Dependency resolver of a build tool ("highest version wins"). The selection map is a working table that
 * exists only during resolve(); it is read from lambdas passed to forEach, which run synchronously right
 * after the table is created and before it is dropped.
 */
public final class SF24DependencyResolver {
    private final Map<String, List<String>> repository = new HashMap<>(); // "module:version" -> dependencies
    private TreeMap<String, String> selected; // module -> chosen version; only during resolve()
    private List<String> lastLock = List.of();
    private int resolutions;

    public void publish(String coordinate, String... dependencies) {
        parse(coordinate);
        Arrays.asList(dependencies).forEach(SF24DependencyResolver::parse);
        if (repository.putIfAbsent(coordinate, List.of(dependencies)) != null) {
            throw new IllegalArgumentException(coordinate + " already published");
        }
    }

    private static String[] parse(String coordinate) {
        int colon = coordinate.lastIndexOf(':');
        if (colon <= 0 || colon == coordinate.length() - 1) {
            throw new IllegalArgumentException("bad coordinate " + coordinate);
        }
        return new String[] {coordinate.substring(0, colon), coordinate.substring(colon + 1)};
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int cmp = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private static String newest(String a, String b) {
        return compareVersions(a, b) >= 0 ? a : b;
    }

    public List<String> resolve(String... roots) {
        if (roots.length == 0) {
            throw new IllegalArgumentException("nothing to resolve");
        }
        selected = new TreeMap<>();
        Deque<String> work = new ArrayDeque<>();
        Arrays.asList(roots).forEach(root -> {
            if (!repository.containsKey(root)) {
                throw new NoSuchElementException("not published: " + root);
            }
            String[] c = parse(root);
            selected.merge(c[0], c[1], SF24DependencyResolver::newest);
            work.add(root);
        });
        while (!work.isEmpty()) {
            repository.getOrDefault(work.poll(), List.of()).forEach(dependency -> {
                String[] c = parse(dependency);
                String before = selected.get(c[0]);
                String after = selected.merge(c[0], c[1], SF24DependencyResolver::newest);
                if (!after.equals(before)) {
                    work.add(dependency);
                }
            });
        }
        List<String> lock = new ArrayList<>();
        selected.forEach((module, version) -> lock.add(module + ":" + version));
        selected = null;
        resolutions++;
        lastLock = List.copyOf(lock);
        return lastLock;
    }

    public List<String> lockfile() {
        return lastLock;
    }

    public static void main(String[] args) {
        SF24DependencyResolver resolver = new SF24DependencyResolver();
        // Phase 1: nothing resolved yet.
        check(resolver.lockfile().isEmpty(), "no lockfile yet");
        expect(IllegalArgumentException.class, resolver::resolve);
        expect(IllegalArgumentException.class, () -> resolver.publish("broken"));
        resolver.publish("app:1.0", "http:2.1", "json:1.2");
        resolver.publish("http:2.1", "json:1.4", "log:1.0");
        resolver.publish("json:1.4");
        resolver.publish("log:1.0");
        resolver.publish("cli:0.9", "log:1.1");
        expect(IllegalArgumentException.class, () -> resolver.publish("log:1.0"));
        // Phase 2: resolving (the working table exists inside resolve()).
        check(resolver.resolve("app:1.0").equals(List.of("app:1.0", "http:2.1", "json:1.4", "log:1.0")), "first lock");
        // Phase 3: table dropped after each resolution; failures leave no usable state behind.
        for (int round = 0; round < 2; round++) {
            check(resolver.lockfile().size() == 4, "lockfile survives the working table");
            expect(NoSuchElementException.class, () -> resolver.resolve("ghost:1.0"));
            check(resolver.lockfile().size() == 4, "failed resolution keeps the previous lock");
        }
        // Phase 4: a new table for the next resolution.
        check(resolver.resolve("app:1.0", "cli:0.9").equals(List.of("app:1.0", "cli:0.9", "http:2.1", "json:1.4", "log:1.1")),
                "second lock picks log 1.1");
        check(resolver.resolutions == 2, "two successful resolutions");
        check(compareVersions("1.10", "1.9") > 0, "numeric version order");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
