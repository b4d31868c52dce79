package probe26;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class O17DocumentStore {

    private final String name;
    private final boolean readOnly;
    private Map<String, String> documents;
    private Map<String, Integer> versions;
    private Map<String, List<String>> history;
    private String lastError;

    public O17DocumentStore(String name, boolean readOnly, String snapshot) {
        this.name = name;
        this.readOnly = readOnly;
        load(snapshot);
        if (readOnly) {
            return;
        }
        this.versions = new HashMap<>();
        this.history = new HashMap<>();
    }

    private void load(String snapshot) {
        try {
            documents = parse(snapshot);
        } catch (IOException e) {
            lastError = name + ": " + e.getMessage();
        }
    }

    private static Map<String, String> parse(String snapshot) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new StringReader(snapshot))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new IOException("malformed line " + n);
                }
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    public boolean healthy() {
        return lastError == null;
    }

    public int size() {
        return documents == null ? 0 : documents.size();
    }

    public String get(String id) {
        return documents.get(id);
    }

    public int put(String id, String text) {
        if (readOnly) {
            throw new UnsupportedOperationException(name + " is read-only");
        }
        String old = documents.put(id, text);
        if (old != null) {
            history.computeIfAbsent(id, k -> new ArrayList<>()).add(old);
        }
        return versions.merge(id, 1, Integer::sum);
    }

    public int versionOf(String id) {
        return versions.getOrDefault(id, documents.containsKey(id) ? 1 : 0);
    }

    public List<String> history(String id) {
        return history == null ? List.of() : history.getOrDefault(id, List.of());
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
                && "O17DocumentStore.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O17DocumentStore.java:" + line + " OK");
        } else {
            System.out.println("MISS O17DocumentStore.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O17DocumentStore wiki = new O17DocumentStore("wiki", false, "home=Welcome\nfaq=Ask here");
        wiki.put("faq", "Ask us anything");
        wiki.put("news", "v1");
        if (wiki.versionOf("faq") != 1 || wiki.versionOf("home") != 1 || !wiki.history("faq").equals(List.of("Ask here"))) {
            throw new IllegalStateException("wiki versions");
        }
        O17DocumentStore archive = new O17DocumentStore("archive", true, "2019=old\n2020=older");
        if (!"old".equals(archive.get("2019")) || archive.size() != 2 || !archive.history("2019").isEmpty()) {
            throw new IllegalStateException("archive");
        }
        try {
            archive.put("2021", "new");
            throw new IllegalStateException("read-only store accepted a write");
        } catch (UnsupportedOperationException expected) {
            System.out.println(expected.getMessage());
        }
        O17DocumentStore broken = new O17DocumentStore("broken", false, "a=1\nnot a pair");
        if (broken.healthy() || broken.size() != 0 || !wiki.healthy()) {
            throw new IllegalStateException("health");
        }

        expectNpe(81, () -> archive.versionOf("2019"));
        expectNpe(66, () -> broken.get("a"));
        if (failed > 0) {
            System.exit(1);
        }
    }
}
