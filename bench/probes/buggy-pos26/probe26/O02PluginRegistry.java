package probe26;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class O02PluginRegistry {

    abstract static class Registry {
        protected final String name;
        private final List<String> log = new ArrayList<>();

        Registry(String name, boolean withDefaults) {
            this.name = name;
            if (withDefaults) {
                registerDefaults();
            }
            log.add("created " + describe());
        }

        final void reload() {
            registerDefaults();
            log.add("reloaded " + describe());
        }

        protected abstract void registerDefaults();

        protected abstract String describe();
    }

    static final class ServiceRegistry extends Registry {
        private final Map<String, String> services = new HashMap<>();
        private final Map<String, Integer> priorities = new TreeMap<>();

        ServiceRegistry(String name, boolean withDefaults) {
            super(name, withDefaults);
        }

        @Override
        protected void registerDefaults() {
            register("logger", "ConsoleLogger", 0);
            register("clock", "SystemClock", 0);
        }

        @Override
        protected String describe() {
            return name + "[" + (services == null ? "initialising" : services.size() + " services") + "]";
        }

        void register(String key, String impl, int priority) {
            Integer current = priorities.get(key);
            if (current == null || priority >= current) {
                services.put(key, impl);
                priorities.put(key, priority);
            }
        }

        String resolve(String key) {
            return services.getOrDefault(key, "none");
        }
    }

    static final class CodecRegistry extends Registry {
        private final Map<String, String> byExtension = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> options = new HashMap<>();

        CodecRegistry(String name, boolean withDefaults) {
            super(name, withDefaults);
        }

        @Override
        protected void registerDefaults() {
            register("json", "JsonCodec", "indent", "2");
            register("csv", "CsvCodec", "separator", ",");
        }

        @Override
        protected String describe() {
            return name + " codecs";
        }

        void register(String ext, String impl, String optKey, String optValue) {
            byExtension.put(ext, impl);
            options.computeIfAbsent(impl, k -> new TreeMap<>()).put(optKey, optValue);
        }

        void clearOptions(String ext) {
            String impl = byExtension.get(ext);
            if (impl != null) {
                options.remove(impl);
            }
        }

        String option(String ext, String key) {
            String impl = byExtension.get(ext);
            if (impl == null) {
                return null;
            }
            return options.get(impl).get(key);
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O02PluginRegistry.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O02PluginRegistry.java:" + line + " OK");
        } else {
            System.out.println("MISS O02PluginRegistry.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        ServiceRegistry services = new ServiceRegistry("core", false);
        services.reload();
        services.register("logger", "FileLogger", 5);
        services.register("logger", "NullLogger", 1);
        if (!services.resolve("logger").equals("FileLogger") || !services.resolve("cache").equals("none")) {
            throw new IllegalStateException("service resolution");
        }
        CodecRegistry codecs = new CodecRegistry("io", false);
        codecs.reload();
        if (!"2".equals(codecs.option("json", "indent")) || codecs.option("xml", "indent") != null) {
            throw new IllegalStateException("codec options");
        }
        System.out.println(services.describe() + " " + codecs.describe());

        expectNpe(54, () -> new ServiceRegistry("boot", true));
        expectNpe(86, () -> new CodecRegistry("boot", true));
        expectNpe(102, () -> {
            CodecRegistry c = new CodecRegistry("io", false);
            c.reload();
            c.clearOptions("csv");
            c.option("csv", "separator");
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
