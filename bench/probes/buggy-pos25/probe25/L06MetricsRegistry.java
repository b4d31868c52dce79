package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class L06MetricsRegistry {

    private final Map<String, Long> counters = new HashMap<>();
    private Hashtable<String, String> tags = new Hashtable<>();
    private Map<String, String> labels = Map.of();
    private Hashtable<String, Long> lastExport;
    private final List<String> exported = new ArrayList<>();

    public void setTags(Hashtable<String, String> tags) {
        this.tags = tags;
    }

    public void setLabels(Map<String, String> labels) {
        this.labels = labels == null ? Map.of() : labels;
    }

    public void increment(String name) {
        counters.merge(name, 1L, Long::sum);
    }

    public void addTag(String key, String value) {
        tags.put(key, value);
    }

    public String render(String name) {
        StringBuilder sb = new StringBuilder(name).append('{');
        if (tags != null) {
            new TreeMap<>(tags).forEach((k, v) -> sb.append(k).append('=').append(v).append(','));
        }
        for (Map.Entry<String, String> e : labels.entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue()).append(',');
        }
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb.append("} ").append(counters.getOrDefault(name, 0L)).toString();
    }

    public int tagCount() {
        return tags == null ? 0 : tags.size();
    }

    public void export(long now) {
        if (lastExport == null) {
            lastExport = new Hashtable<>();
        }
        for (String name : new TreeMap<>(counters).keySet()) {
            exported.add(render(name));
            lastExport.put(name, now);
        }
    }

    public long sinceExport(String name, long now) {
        Long at = lastExport == null ? null : lastExport.get(name);
        return at == null ? -1 : now - at;
    }

    public String firstTag() {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            return e.getKey();
        }
        return "";
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L06MetricsRegistry.java";
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
        L06MetricsRegistry reg = new L06MetricsRegistry();
        reg.addTag("host", "web-1");
        reg.addTag("region", "eu");
        reg.setLabels(Map.of("job", "api"));
        reg.increment("requests");
        reg.increment("requests");
        reg.increment("errors");
        System.out.println(reg.render("requests") + " tags=" + reg.tagCount() + " first=" + reg.firstTag());
        reg.export(100);
        System.out.println(reg.exported + " since=" + reg.sinceExport("errors", 130));

        L06MetricsRegistry untagged = new L06MetricsRegistry();
        untagged.setTags(null);
        untagged.setLabels(null);
        untagged.increment("jobs");
        System.out.println(untagged.render("jobs") + " tags=" + untagged.tagCount()
                + " since=" + untagged.sinceExport("jobs", 5));
        untagged.export(10);

        expectNpe(31, () -> untagged.addTag("host", "batch-1"));
        expectNpe(68, () -> untagged.firstTag());
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
