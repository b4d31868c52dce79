package probe39;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Central-directory view of a ZIP archive, as used by a build tool to look up class files.
 * The archive name and the entry table are a pair: {@link #open} assigns both after parsing has
 * succeeded, {@link #close()} clears both, and nothing else writes them. Methods therefore test
 * {@link #isOpen()} (the name) and then use the table.
 *
 * <p>This class is single-threaded: each build worker opens its own directory view.
 */
public final class SI14ZipDirectory {
    private String archiveName;            // non-null iff entries != null
    private TreeMap<String, Long> entries; // entry path -> uncompressed size

    public void open(String name, List<String> centralDirectory) {
        if (name == null || name.isBlank() || centralDirectory == null) {
            throw new IllegalArgumentException("name and central directory are required");
        }
        TreeMap<String, Long> parsed = new TreeMap<>();
        for (String record : centralDirectory) {
            if (record == null) {
                throw new IllegalArgumentException("null directory record");
            }
            int colon = record.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("bad record: " + record);
            }
            long size;
            try {
                size = Long.parseLong(record.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad size in " + record, e);
            }
            if (size < 0) {
                throw new IllegalArgumentException("negative size in " + record);
            }
            parsed.put(record.substring(0, colon), size);
        }
        entries = parsed;
        archiveName = name;
    }

    public boolean isOpen() {
        return archiveName != null;
    }

    public long size(String path) {
        requirePath(path);
        if (!isOpen()) {
            throw new IllegalStateException("archive closed");
        }
        Long size = entries.get(path);
        if (size == null) {
            throw new IllegalArgumentException("no entry " + path);
        }
        return size;
    }

    public boolean contains(String path) {
        requirePath(path);
        return isOpen() && entries.containsKey(path);
    }

    public List<String> list(String directory) {
        requirePath(directory);
        if (!isOpen()) {
            return List.of();
        }
        String prefix = directory.isEmpty() || directory.endsWith("/") ? directory : directory + "/";
        return List.copyOf(entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet());
    }

    public long totalSize() {
        if (!isOpen()) {
            return 0;
        }
        long total = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            total += e.getValue();
        }
        return total;
    }

    public String describe() {
        return isOpen() ? archiveName + " (" + entries.size() + " entries)" : "<closed>";
    }

    public void close() {
        archiveName = null;
        entries = null;
    }

    private static void requirePath(String path) {
        if (path == null) {
            throw new IllegalArgumentException("path is null");
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    public static void main(String[] args) {
        SI14ZipDirectory zip = new SI14ZipDirectory();
        check(!zip.isOpen() && !zip.contains("a") && zip.list("").isEmpty(), "closed at start");
        check(zip.totalSize() == 0 && zip.describe().equals("<closed>"), "closed describe");
        expect(IllegalStateException.class, () -> zip.size("a"));
        expect(IllegalArgumentException.class, () -> zip.open("lib.jar", List.of("noColon")));
        expect(IllegalArgumentException.class, () -> zip.open("lib.jar", List.of("a.class:x")));
        expect(IllegalArgumentException.class, () -> zip.open("lib.jar", List.of("a.class:-1")));
        expect(IllegalArgumentException.class, () -> zip.open(null, List.of()));
        expect(IllegalArgumentException.class, () -> zip.contains(null));
        check(!zip.isOpen(), "failed opens leave it closed");
        zip.close();

        zip.open("lib.jar", List.of("META-INF/MANIFEST.MF:120", "org/x/A.class:900", "org/x/B.class:450",
                "org/y/C.class:10"));
        check(zip.size("org/x/A.class") == 900 && zip.contains("org/y/C.class"), "lookups");
        check(zip.list("org/x").equals(List.of("org/x/A.class", "org/x/B.class")), zip.list("org/x").toString());
        check(zip.list("").size() == 4 && zip.totalSize() == 1480, "totals");
        check(zip.describe().equals("lib.jar (4 entries)"), zip.describe());
        expect(IllegalArgumentException.class, () -> zip.size("missing"));

        zip.close();
        zip.close();
        check(!zip.contains("org/x/A.class") && zip.list("org").isEmpty(), "closed again");
        expect(IllegalStateException.class, () -> zip.size("org/x/A.class"));

        zip.open("app.jar", List.of("Main.class:77"));
        check(zip.size("Main.class") == 77 && !zip.contains("org/x/A.class"), "reopened");
        zip.open("empty.jar", List.of());
        check(zip.describe().equals("empty.jar (0 entries)") && zip.totalSize() == 0, "reopen replaces");
        System.out.println("OK SI14ZipDirectory");
    }
}
