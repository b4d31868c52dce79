package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

public class L20ReportGenerator {

    private final Map<String, Map<String, Double>> pending = new HashMap<>();
    private Map<String, Double> current;
    private String currentId = "";
    private TreeMap<String, Double> totals = new TreeMap<>();
    private final List<Supplier<String>> footers = new ArrayList<>();
    private LinkedHashMap<String, String> meta;
    private boolean closed;

    public L20ReportGenerator(String header) {
        meta = parseHeader(header);
        footers.add(() -> "lines=" + totals.size());
        footers.add(() -> closed ? "closed" : "open");
    }

    private static LinkedHashMap<String, String> parseHeader(String header) {
        if (header == null || !header.startsWith("#")) {
            return null;
        }
        LinkedHashMap<String, String> m = new LinkedHashMap<>();
        for (String part : header.substring(1).split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2) {
                m.put(kv[0].trim(), kv[1].trim());
            }
        }
        return m;
    }

    public void queue(String id) {
        pending.put(id, new LinkedHashMap<>());
    }

    public void open(String id) {
        currentId = id;
        current = pending.remove(id);
    }

    public void addLine(String label, double amount) {
        if (closed) {
            throw new IllegalStateException("report closed");
        }
        current.merge(label, amount, Double::sum);
        totals.merge(label, amount, Double::sum);
    }

    public String title() {
        return meta.getOrDefault("title", "Untitled");
    }

    public List<String> metaKeys() {
        return meta == null ? List.of() : new ArrayList<>(meta.keySet());
    }

    public String summary() {
        if (current == null) {
            return currentId + ": nothing open";
        }
        double sum = 0;
        for (double v : current.values()) {
            sum += v;
        }
        return String.format(Locale.ROOT, "%s: %d lines, %.2f", currentId, current.size(), sum);
    }

    public List<String> renderFooters() {
        List<String> out = new ArrayList<>();
        for (Supplier<String> f : footers) {
            out.add(f.get());
        }
        return out;
    }

    public void close() {
        closed = true;
        totals = null;
        current = null;
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L20ReportGenerator.java";
        try {
            step.run();
            System.out.println("MISS " + file + ":" + line);
            probeFailures++;
        } catch (NullPointerException e) {
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0 && file.equals(trace[0].getFileName()) && trace[0].getLineNumber() == line) {
                System.out.println("BUG " + file + ":" + line + " OK");
            } else {
                System.out.println("WRONG " + file + ":" + line + " at " + (trace.length > 0 ? trace[0] : "?"));
                probeFailures++;
            }
        } catch (Exception e) {
            System.out.println("ERROR " + file + ":" + line + " " + e);
            probeFailures++;
        }
    }

    public static void main(String[] args) {
        L20ReportGenerator gen = new L20ReportGenerator("#title=Q3 sales; owner=finance");
        gen.queue("north");
        gen.queue("south");
        gen.open("north");
        gen.addLine("widgets", 120.5);
        gen.addLine("gadgets", 80);
        gen.addLine("widgets", 9.5);
        System.out.println(gen.title() + " " + gen.metaKeys() + " " + gen.summary() + " " + gen.renderFooters());
        gen.open("south");
        gen.addLine("widgets", 10);
        System.out.println(gen.summary());
        gen.close();
        System.out.println(gen.summary());
        try {
            gen.addLine("late", 1);
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }

        L20ReportGenerator plain = new L20ReportGenerator("monthly report");
        plain.queue("m1");
        System.out.println(plain.metaKeys() + " " + plain.summary() + " " + plain.renderFooters());
        plain.open("m2");

        expectNpe(24, () -> gen.renderFooters());
        expectNpe(55, () -> plain.addLine("fees", 3));
        expectNpe(60, () -> plain.title());
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
