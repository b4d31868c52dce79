package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG11Indexer {
    private static final String FILE = "BG11Indexer.java";
    private static final int COMMIT_EVERY = 2;

    record Doc(int id, String text, int replaces) { }

    static final class Index implements Cloneable {
        private final String name;
        private final Map<String, TreeMap<Integer, Integer>> postings = new HashMap<>();
        private Map<Integer, Integer> docLengths;
        private LinkedHashMap<Integer, String> batchLog;
        private int docCount;

        Index(String name) {
            this(name, 0);
            this.docLengths = new HashMap<>();
        }

        // bare shell used by clone(); the caller copies the state it needs
        private Index(String name, int docCount) {
            this.name = name;
            this.docCount = docCount;
        }

        @Override
        public Index clone() {
            Index copy = new Index(name + "-copy", docCount);
            postings.forEach((term, docs) -> copy.postings.put(term, new TreeMap<>(docs)));
            return copy;
        }

        void add(Doc doc) {
            String[] terms = doc.text().toLowerCase(Locale.ROOT).split("\\W+");
            for (String term : terms) {
                postings.computeIfAbsent(term, k -> new TreeMap<>()).merge(doc.id(), 1, Integer::sum);
            }
            Map<Integer, Integer> lengths = docLengths;
            if (lengths != null) {
                lengths.put(doc.id(), terms.length);
            }
            docCount++;
        }

        void remove(int id) {
            postings.values().forEach(docs -> docs.remove(id));
            if (docLengths != null) {
                docLengths.remove(id);
            }
            docCount--;
        }

        double score(String term, int doc) {
            TreeMap<Integer, Integer> docs = postings.get(term);
            if (docs == null || !docs.containsKey(doc)) {
                return 0.0;
            }
            int length = docLengths.getOrDefault(doc, 1);
            double idf = Math.log(1.0 + (double) docCount / docs.size());
            return docs.get(doc) * idf / length;
        }

        int pendingInBatch() {
            Map<Integer, String> log = batchLog;
            return log == null ? 0 : log.size();
        }

        final class Writer {
            private int sinceCommit;
            private int commits;

            int addAll(List<Doc> docs) {
                int replaced = 0;
                for (Doc doc : docs) {
                    if (doc.replaces() >= 0) {
                        batchLog.remove(doc.replaces());
                        remove(doc.replaces());
                        replaced++;
                    }
                    if (batchLog == null || sinceCommit >= COMMIT_EVERY) {
                        batchLog = new LinkedHashMap<>();
                        sinceCommit = 0;
                        commits++;
                    }
                    batchLog.put(doc.id(), doc.text());
                    add(doc);
                    sinceCommit++;
                }
                return replaced;
            }

            int commits() {
                return commits;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Index index = new Index("articles");
        Index.Writer writer = index.new Writer();
        writer.addAll(List.of(new Doc(1, "the quick brown fox", -1), new Doc(2, "quick quick thinking", -1)));
        int replaced = writer.addAll(List.of(new Doc(3, "a slow brown dog", 1)));
        System.out.printf("replaced=%d commits=%d pending=%d%n", replaced, writer.commits(), index.pendingInBatch());
        System.out.printf("score(quick,2)=%.3f score(brown,3)=%.3f%n", index.score("quick", 2), index.score("brown", 3));
        Index snapshot = index.clone();
        System.out.println(snapshot.name + " miss=" + snapshot.score("zebra", 1) + " pending=" + snapshot.pendingInBatch());
        snapshot.remove(3);
        System.out.println("snapshot docs=" + snapshot.docCount + " original docs=" + index.docCount);

        Index copy = index.clone();
        expectNpe(67, () -> copy.score("quick", 2));

        Index fresh = new Index("fresh");
        Index.Writer freshWriter = fresh.new Writer();
        expectNpe(85, () -> freshWriter.addAll(List.of(new Doc(7, "re-index of seven", 6))));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
