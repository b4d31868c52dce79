package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** Deterministically allocates users to experiment variants. */
public class BD20ABTestAllocator {

    record Experiment(String name, List<String> variants, Map<String, String> overrides) {

        String forced(String user) {
            return overrides == null ? null : overrides.get(user);
        }

        void forceVariant(String user, String variant) {
            overrides.put(user, variant);
        }

        static final class Builder {
            private final List<String> variants = new ArrayList<>();
            private final Map<String, String> overrides = new HashMap<>();

            Builder variant(String variant) {
                variants.add(variant);
                return this;
            }

            Builder override(String user, String variant) {
                overrides.put(user, variant);
                return this;
            }

            Experiment build(String name) {
                return new Experiment(name, List.copyOf(variants), overrides.isEmpty() ? null : new HashMap<>(overrides));
            }
        }
    }

    private final Map<String, Experiment> experiments = new LinkedHashMap<>();
    private volatile Map<String, Map<String, String>> assignments;
    private Map<String, Integer> bucketsCache;
    private String salt = "";

    void add(Experiment... list) {
        for (Experiment e : list) {
            experiments.put(e.name(), e);
        }
    }

    void start() {
        assignments = new ConcurrentHashMap<>();
    }

    void configure(Properties props) {
        if (!props.containsKey("salt")) {
            return;
        }
        salt = props.getProperty("salt");
        bucketsCache = new HashMap<>();
    }

    synchronized int bucketOf(String user) {
        Integer cached = bucketsCache.get(user);
        if (cached == null) {
            cached = Math.floorMod((salt + ":" + user).hashCode(), 100);
            bucketsCache.put(user, cached);
        }
        return cached;
    }

    String allocate(String user, String experimentName) {
        Experiment exp = experiments.get(experimentName);
        if (exp == null) {
            return "control";
        }
        String forced = exp.forced(user);
        if (forced != null) {
            return forced;
        }
        int bucket = bucketOf(user);
        Map<String, String> mine = assignments.computeIfAbsent(user, u -> new ConcurrentHashMap<>());
        return mine.computeIfAbsent(experimentName, n -> exp.variants().get(bucket % exp.variants().size()));
    }

    int assignedUsers() {
        Map<String, Map<String, String>> snapshot = assignments;
        return snapshot == null ? 0 : snapshot.size();
    }

    public static void main(String[] args) throws Exception {
        Experiment checkout = new Experiment.Builder().variant("control").variant("one-click")
                .override("qa-user", "one-click").build("checkout");
        Experiment banner = new Experiment.Builder().variant("blue").variant("green").build("banner");
        BD20ABTestAllocator allocator = new BD20ABTestAllocator();
        allocator.add(checkout, banner);
        Properties props = new Properties();
        props.setProperty("salt", "2024-q3");
        System.out.println("users before start " + allocator.assignedUsers());
        allocator.configure(props);
        allocator.start();
        checkout.forceVariant("vip", "control");
        System.out.println("u1 -> " + CompletableFuture.supplyAsync(() -> allocator.allocate("u1", "checkout")).get()
                + ", qa -> " + allocator.allocate("qa-user", "checkout") + ", vip -> " + allocator.allocate("vip", "checkout"));
        System.out.println("u1 banner " + allocator.allocate("u1", "banner") + ", users " + allocator.assignedUsers()
                + ", forced " + banner.forced("u1"));

        try {
            banner.forceVariant("vip", "green");
            noNpe("forcing a variant on an experiment built without overrides");
        } catch (NullPointerException e) {
            expect(e, 23);
        }
        BD20ABTestAllocator notStarted = new BD20ABTestAllocator();
        notStarted.add(banner);
        notStarted.configure(props);
        try {
            CompletableFuture.supplyAsync(() -> notStarted.allocate("u2", "banner")).get();
            noNpe("allocate before start()");
        } catch (NullPointerException e) {
            expect(e, 88);
        } catch (ExecutionException e) {
            expect(e.getCause(), 88);
        }
        try {
            BD20ABTestAllocator unsalted = new BD20ABTestAllocator();
            unsalted.configure(new Properties());
            unsalted.start();
            System.out.println(unsalted.bucketOf("u3"));
            noNpe("bucketOf without a salt");
        } catch (NullPointerException e) {
            expect(e, 70);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD20ABTestAllocator.java";
    private static int failures;

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t != null && t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        boolean ok = t instanceof NullPointerException && top != null
                && FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println(ok ? "BUG " + FILE + ":" + line + " OK" : "WRONG " + FILE + ":" + line + " got " + t + " at " + top);
        failures += ok ? 0 : 1;
    }

    private static void noNpe(String what) {
        System.out.println("NO NPE " + what);
        failures++;
    }
}
