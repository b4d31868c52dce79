package probe25;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public class L09DocumentModel implements Cloneable {

    private final String title;
    private LinkedHashMap<String, String> sections = new LinkedHashMap<>();
    private HashMap<String, String> attributes;
    private TreeMap<String, Integer> wordIndex;

    public L09DocumentModel(String title) {
        this.title = title;
        this.attributes = new HashMap<>();
        attributes.put("lang", "en");
        reindex();
    }

    public L09DocumentModel(L09DocumentModel other, String newTitle) {
        this.title = newTitle;
        this.sections = new LinkedHashMap<>(other.sections);
        reindex();
    }

    public void addSection(String heading, String body) {
        sections.put(heading, body);
        reindex();
    }

    private void reindex() {
        TreeMap<String, Integer> idx = new TreeMap<>();
        for (String body : sections.values()) {
            for (String w : body.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    idx.merge(w, 1, Integer::sum);
                }
            }
        }
        wordIndex = idx;
    }

    private TreeMap<String, Integer> index() {
        if (wordIndex == null) {
            reindex();
        }
        return wordIndex;
    }

    public int occurrences(String word) {
        return wordIndex.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public String mostFrequent() {
        String best = "";
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : index().entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    public void setAttribute(String key, String value) {
        if (attributes == null) {
            attributes = new HashMap<>();
        }
        attributes.put(key, value);
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    @Override
    public L09DocumentModel clone() {
        try {
            L09DocumentModel copy = (L09DocumentModel) super.clone();
            copy.sections = new LinkedHashMap<>(sections);
            copy.wordIndex = null;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public String toString() {
        return title + " " + sections.keySet() + " words=" + index().size();
    }

    private static int probeFailures;

    private interface ProbeStep {
        void run() throws Exception;
    }

    private static void expectNpe(int line, ProbeStep step) {
        String file = "L09DocumentModel.java";
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
        L09DocumentModel doc = new L09DocumentModel("Guide");
        doc.addSection("Intro", "The cache keeps the data close to the code.");
        doc.addSection("Usage", "Call the cache before the database.");
        doc.setAttribute("author", "kim");
        System.out.println(doc + " the=" + doc.occurrences("The") + " top=" + doc.mostFrequent()
                + " lang=" + doc.attribute("lang"));

        L09DocumentModel draft = doc.clone();
        draft.addSection("Faq", "Why cache?");
        System.out.println(draft + " cache=" + draft.occurrences("cache") + " author=" + draft.attribute("author"));

        L09DocumentModel snapshot = doc.clone();
        System.out.println(snapshot + " top=" + snapshot.mostFrequent());

        L09DocumentModel copy = new L09DocumentModel(doc, "Guide v2");
        System.out.println(copy + " data=" + copy.occurrences("data"));
        L09DocumentModel tagged = new L09DocumentModel(doc, "Guide v3");
        tagged.setAttribute("status", "review");
        System.out.println("status=" + tagged.attribute("status"));

        expectNpe(54, () -> doc.clone().occurrences("cache"));
        expectNpe(77, () -> copy.attribute("lang"));
        if (probeFailures > 0) {
            System.exit(1);
        }
    }
}
