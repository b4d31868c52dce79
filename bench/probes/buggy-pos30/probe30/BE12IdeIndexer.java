package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** IDE symbol indexer for multi-module projects, with a persisted cache and unsaved editor overlays. */
public final class BE12IdeIndexer {

    private static final String FILE = "BE12IdeIndexer.java";

    private final String project;
    private final BE12IdeIndexer parent;
    private Map<String, Integer> symbols;
    private Map<String, List<String>> references;
    private Map<String, String> overlay;

    BE12IdeIndexer(String project, BE12IdeIndexer parent) {
        this.project = project;
        this.parent = parent;
        this.overlay = new HashMap<>();
    }

    boolean indexed() {
        return symbols != null;
    }

    void index(Map<String, String> files) {
        symbols = new HashMap<>();
        references = new HashMap<>();
        files.forEach((file, text) -> {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.startsWith("def ")) {
                    symbols.put(line.substring(4), i + 1);
                } else if (line.startsWith("use ")) {
                    addReference(line.substring(4), file);
                }
            }
        });
    }

    void addReference(String symbol, String file) {
        references.computeIfAbsent(symbol, s -> new ArrayList<>()).add(file);
    }

    List<String> usages(String symbol) {
        if (references == null) {
            return List.of();
        }
        return references.getOrDefault(symbol, List.of());
    }

    Integer resolve(String symbol) {
        if (symbols != null && symbols.containsKey(symbol)) {
            return symbols.get(symbol);
        }
        if (parent != null) {
            return parent.symbols.get(symbol);
        }
        return null;
    }

    boolean parentDefines(String symbol) {
        return parent != null && parent.indexed() && parent.symbols.containsKey(symbol);
    }

    List<String> persist() {
        List<String> out = new ArrayList<>();
        if (symbols != null) {
            symbols.forEach((k, v) -> out.add(k + ":" + v));
        }
        return out;
    }

    static BE12IdeIndexer restore(String project, List<String> cache) {
        BE12IdeIndexer idx = new BE12IdeIndexer(project, null);
        idx.symbols = new HashMap<>();
        for (String entry : cache) {
            String[] kv = entry.split(":");
            idx.symbols.put(kv[0], Integer.parseInt(kv[1]));
        }
        return idx;
    }

    void setOverlay(Map<String, String> overlay) {
        this.overlay = overlay;
    }

    void edit(String file, String text) {
        overlay.put(file, text);
    }

    void saveAll(Map<String, String> disk) {
        Map<String, String> pending = overlay;
        if (pending != null) {
            disk.putAll(pending);
        }
        setOverlay(null);
    }

    String textOf(String file, Map<String, String> disk) {
        Map<String, String> o = overlay;
        return o != null && o.containsKey(file) ? o.get(file) : disk.get(file);
    }

    public static void main(String[] args) {
        Map<String, String> disk = new HashMap<>();
        disk.put("Core.src", "def parse\ndef emit\nuse log");
        BE12IdeIndexer core = new BE12IdeIndexer("core", null);
        core.index(disk);
        BE12IdeIndexer app = new BE12IdeIndexer("app", core);
        app.index(Map.of("App.src", "def main\nuse parse"));
        System.out.println(app.project + " main=" + app.resolve("main") + " parse=" + app.resolve("parse")
                + " usages=" + app.usages("parse") + " parentDefines=" + app.parentDefines("emit"));
        BE12IdeIndexer warm = restore("core", core.persist());
        System.out.println("restored parse=" + warm.resolve("parse") + " usages=" + warm.usages("log"));
        app.edit("App.src", "def main2");
        System.out.println("overlay=" + app.textOf("App.src", disk));
        app.saveAll(disk);
        System.out.println("saved=" + app.textOf("App.src", disk));

        try {
            warm.addReference("emit", "Tool.src");
            miss(46);
        } catch (NullPointerException e) {
            expect(e, 46);
        }
        try {
            BE12IdeIndexer lib = new BE12IdeIndexer("lib", null);
            BE12IdeIndexer tool = new BE12IdeIndexer("tool", lib);
            System.out.println(tool.parentDefines("x"));
            tool.resolve("x");
            miss(61);
        } catch (NullPointerException e) {
            expect(e, 61);
        }
        try {
            app.edit("App.src", "def main3");
            miss(93);
        } catch (NullPointerException e) {
            expect(e, 93);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
