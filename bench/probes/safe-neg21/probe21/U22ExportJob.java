package probe21;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Export job that parses a manifest and writes one line per entry. The field is assigned at
 * the top of a try block whose only catch rethrows; the statements after the try statement
 * are therefore reached only when the assignment (of a never-null parse result) happened.
 */
public final class U22ExportJob {

    private final String target;
    private Map<String, String> manifest;
    private int exported;

    public U22ExportJob(String target) {
        this.target = target;
    }

    public synchronized int run(String manifestText, Appendable out) {
        if (out == null) {
            throw new IllegalArgumentException("out");
        }
        try {
            manifest = parseManifest(manifestText);
            for (Map.Entry<String, String> e : manifest.entrySet()) {
                out.append(target).append('/').append(e.getKey()).append(" <- ").append(e.getValue()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export to " + target + " failed", e);
        }
        exported += manifest.size();
        return manifest.size();
    }

    private static Map<String, String> parseManifest(String text) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (text == null) {
            return entries;
        }
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("->");
            if (arrow < 0) {
                throw new IOException("line " + lineNo + ": missing '->'");
            }
            entries.put(line.substring(arrow + 2).trim(), line.substring(0, arrow).trim());
        }
        return entries;
    }

    public synchronized String sourceOf(String name) {
        return manifest == null ? null : manifest.get(name);
    }

    public synchronized int exported() {
        return exported;
    }

    public static void main(String[] args) {
        U22ExportJob job = new U22ExportJob("s3://bucket");
        System.out.println(job.sourceOf("a.csv") + " " + job.exported());
        StringBuilder out = new StringBuilder();
        System.out.println(job.run("# daily\nreports/a.csv -> a.csv\nreports/b.csv -> b.csv\n", out));
        System.out.print(out);
        try {
            job.run("broken line", new StringBuilder());
        } catch (UncheckedIOException expected) {
            System.out.println("failed: " + expected.getCause().getMessage());
        }
        System.out.println(job.sourceOf("a.csv") + " " + job.run(null, out) + " " + job.exported());
    }
}
