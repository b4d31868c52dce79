package probe29;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A compile-time annotation processor that generates helper classes per round. */
public class BD03ElementProcessor {

    record Element(String name, String annotation) {
    }

    static final class ProcessingEnv {
        private final Map<String, String> rawOptions;

        ProcessingEnv(Map<String, String> rawOptions) {
            this.rawOptions = rawOptions;
        }

        /** Parses -Akey=value options; returns null when none were given. */
        Map<String, String> parseOptions() {
            if (rawOptions.isEmpty()) {
                return null;
            }
            Map<String, String> parsed = new TreeMap<>();
            rawOptions.forEach((k, v) -> parsed.put(k.startsWith("-A") ? k.substring(2) : k, v));
            return parsed;
        }
    }

    abstract static class AbstractProcessor {
        protected final List<String> messages = new ArrayList<>();

        protected AbstractProcessor(boolean eagerDefaults) {
            if (eagerDefaults) {
                installDefaults();
            }
        }

        protected abstract void installDefaults();
    }

    static final class GeneratingProcessor extends AbstractProcessor {
        private final Map<String, String> handlers = new HashMap<>();
        private Map<String, List<String>> generatedByRound;
        private Map<String, String> options;

        GeneratingProcessor(boolean eagerDefaults) {
            super(eagerDefaults);
        }

        @Override
        protected void installDefaults() {
            handlers.put("@Entity", "MetaModelGenerator");
            handlers.put("@Service", "FactoryGenerator");
        }

        void addHandler(String annotation, String generator) {
            handlers.put(annotation, generator);
        }

        void init(ProcessingEnv env) {
            generatedByRound = new LinkedHashMap<>();
            options = env.parseOptions();
        }

        boolean verbose() {
            return Boolean.parseBoolean(options.getOrDefault("verbose", "false"));
        }

        String option(String key, String fallback) {
            Map<String, String> snapshot = options;
            return snapshot == null ? fallback : snapshot.getOrDefault(key, fallback);
        }

        void process(String round, List<Element> elements) {
            List<String> out = generatedByRound.computeIfAbsent(round, r -> new ArrayList<>());
            for (Element e : elements) {
                String generator = handlers.get(e.annotation());
                if (generator != null) {
                    out.add(generator + ":" + e.name());
                    messages.add("generated for " + e.name());
                }
            }
        }

        int generatedCount() {
            if (generatedByRound == null) {
                return 0;
            }
            int n = 0;
            for (List<String> files : generatedByRound.values()) {
                n += files.size();
            }
            return n;
        }
    }

    public static void main(String[] args) {
        List<Element> elements = List.of(new Element("User", "@Entity"), new Element("Billing", "@Service"),
                new Element("Util", "@Deprecated"));
        GeneratingProcessor p = new GeneratingProcessor(false);
        p.installDefaults();
        p.addHandler("@Controller", "RouteGenerator");
        System.out.println("before init: " + p.generatedCount() + ", suffix " + p.option("suffix", "_"));
        p.init(new ProcessingEnv(Map.of("-Averbose", "true", "-Asuffix", "Impl")));
        p.process("round-1", elements);
        System.out.println("verbose=" + p.verbose() + " suffix=" + p.option("suffix", "_"));
        System.out.println("generated=" + p.generatedCount() + " " + p.messages);
        GeneratingProcessor quiet = new GeneratingProcessor(false);
        quiet.init(new ProcessingEnv(Map.of()));
        quiet.process("round-1", elements);
        System.out.println("quiet suffix=" + quiet.option("suffix", "_") + " generated=" + quiet.generatedCount());

        try {
            GeneratingProcessor skipped = new GeneratingProcessor(false);
            skipped.installDefaults();
            skipped.process("round-1", elements);
            noNpe("process without init");
        } catch (NullPointerException e) {
            expect(e, 80);
        }
        try {
            System.out.println("quiet verbose=" + quiet.verbose());
            noNpe("verbose without options");
        } catch (NullPointerException e) {
            expect(e, 71);
        }
        try {
            GeneratingProcessor eager = new GeneratingProcessor(true);
            System.out.println("eager generated=" + eager.generatedCount());
            noNpe("eager defaults from the superclass constructor");
        } catch (NullPointerException e) {
            expect(e, 57);
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BD03ElementProcessor.java";
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
