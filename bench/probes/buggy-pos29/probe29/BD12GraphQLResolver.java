package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Field resolvers for a GraphQL-style execution engine. */
public class BD12GraphQLResolver {

    interface DataFetcher {
        Object get(Map<String, Object> args);
    }

    static class BaseResolver {
        protected final boolean cachingEnabled;
        protected final boolean batchingEnabled;
        protected final List<String> trace = new ArrayList<>();
        protected Map<String, DataFetcher> fetchers;
        protected Map<String, Object> resultCache;
        protected Map<String, Map<String, Object>> dataLoaderCache;

        BaseResolver(boolean cachingEnabled, boolean batchingEnabled) {
            this.cachingEnabled = cachingEnabled;
            this.batchingEnabled = batchingEnabled;
        }

        void init() {
            fetchers = new LinkedHashMap<>();
            if (cachingEnabled) {
                resultCache = new HashMap<>();
            }
            if (batchingEnabled) {
                dataLoaderCache = new HashMap<>();
            }
        }

        void wire(String field, DataFetcher fetcher) {
            fetchers.putIfAbsent(field, fetcher);
            trace.add("wired " + field);
        }

        Object resolve(String field, Map<String, Object> args) {
            DataFetcher fetcher = fetchers == null ? null : fetchers.get(field);
            if (fetcher == null) {
                trace.add("no fetcher for " + field);
                return null;
            }
            String key = field + args;
            if (resultCache != null && resultCache.containsKey(key)) {
                return resultCache.get(key);
            }
            Object value = fetcher.get(args);
            if (resultCache != null) {
                resultCache.put(key, value);
                Map<String, Object> batch = dataLoaderCache.computeIfAbsent(field, f -> new HashMap<>());
                batch.put(key, value);
            }
            return value;
        }

        int batchedKeys(String field) {
            if (dataLoaderCache == null) {
                return 0;
            }
            Map<String, Object> batch = dataLoaderCache.get(field);
            return batch == null ? 0 : batch.size();
        }
    }

    /** Resolver variant for batched data loaders. */
    static final class BatchedResolver extends BaseResolver {
        BatchedResolver() {
            super(false, true);
        }

        @Override
        void init() {
            dataLoaderCache = new HashMap<>();
            trace.add("batched resolver ready");
        }
    }

    static Map<String, Object> execute(BaseResolver resolver, List<String> selection, Map<String, Object> args) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String field : selection) {
            data.put(field, resolver.resolve(field, args));
        }
        return data;
    }

    public static void main(String[] args) {
        Map<String, Object> vars = Map.of("id", 7);
        BaseResolver full = new BaseResolver(true, true);
        full.init();
        full.wire("user", a -> Map.of("id", a.get("id"), "name", "Ada"));
        full.wire("orders", a -> List.of("o-1", "o-2"));
        System.out.println(execute(full, List.of("user", "orders", "user"), vars));
        System.out.println("cached again: " + full.resolve("user", vars) + " batched=" + full.batchedKeys("user"));
        BaseResolver simple = new BaseResolver(false, false);
        simple.init();
        simple.wire("version", a -> "1.4");
        System.out.println(simple.resolve("version", Map.of()) + " batched=" + simple.batchedKeys("version"));
        BatchedResolver batched = new BatchedResolver();
        batched.init();
        System.out.println("batched: " + batched.resolve("user", vars) + " " + batched.batchedKeys("user")
                + " " + batched.trace);
        BaseResolver cachedOnly = new BaseResolver(true, false);
        cachedOnly.init();
        cachedOnly.wire("user", a -> "Grace");

        try {
            batched.wire("user", a -> "Linus");
            noNpe("wiring a fetcher on the batched resolver");
        } catch (NullPointerException e) {
            expect(e, 40);
        }
        try {
            System.out.println(cachedOnly.resolve("user", vars));
            noNpe("resolve with caching but without batching");
        } catch (NullPointerException e) {
            expect(e, 57);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD12GraphQLResolver.java";
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
