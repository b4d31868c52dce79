package probe21b;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** In-memory inverted index behind the help-centre search box. */
public class C06SearchIndex {

    private static final String FILE = "C06SearchIndex.java";

    /** Term to document ids; {@code null} before the first document and after a reset. */
    private Map<String, Set<Integer>> postings;
    /** Query prepared by one of the prepare methods and run by {@link #execute()}. */
    private Stream<Set<Integer>> prepared;

    void add(int doc, String text) {
        if (postings == null) {
            postings = new HashMap<>();
        }
        for (String term : text.split(" ")) {
            postings.computeIfAbsent(term, t -> new HashSet<>()).add(doc);
        }
    }

    /** Drops the index before a full rebuild. */
    void reset() {
        postings = null;
    }

    long countKnown(List<String> terms) {
        if (postings == null) {
            return 0;
        }
        return terms.stream().filter(t -> postings.containsKey(t)).count();
    }

    /** Known terms of a query for the "did you mean" box; the caller consumes the stream. */
    Stream<String> knownTerms(List<String> terms) {
        if (postings == null) {
            return Stream.empty();
        }
        return terms.stream().filter(t -> postings.containsKey(t)); // BUG
    }

    /** Prepares a query against the index as it is now. */
    void prepareSnapshot(List<String> terms) {
        Map<String, Set<Integer>> snapshot = postings == null ? Map.of() : postings;
        prepared = terms.stream().map(t -> snapshot.getOrDefault(t, Set.of()));
    }

    /** Prepares a query against whatever the index holds when the query runs. */
    void prepareLive(List<String> terms) {
        if (postings != null) {
            prepared = terms.stream().map(t -> postings.getOrDefault(t, Set.of())); // BUG
        }
    }

    List<Set<Integer>> execute() {
        Stream<Set<Integer>> query = prepared == null ? Stream.empty() : prepared;
        prepared = null;
        return query.collect(Collectors.toList());
    }

    public static void main(String[] args) {
        C06SearchIndex idx = new C06SearchIndex();
        idx.add(1, "reset password");
        idx.add(2, "password policy");
        long n = idx.countKnown(List.of("password", "vpn")) + idx.knownTerms(List.of("reset", "vpn")).toList().size();
        idx.prepareSnapshot(List.of("password"));
        idx.reset();
        n += idx.execute().size() + idx.countKnown(List.of("vpn")) + idx.knownTerms(List.of("vpn")).count();
        idx.prepareLive(List.of("vpn"));
        n += idx.execute().size();
        idx.add(3, "vpn setup");
        idx.prepareLive(List.of("vpn", "setup"));
        n += idx.execute().size();
        System.out.println("safe: " + n);

        prove(FILE, 47, () -> {
            C06SearchIndex index = new C06SearchIndex();
            index.add(7, "printer offline");
            Stream<String> terms = index.knownTerms(List.of("printer"));
            index.reset();
            terms.toList();
        });
        prove(FILE, 59, () -> {
            C06SearchIndex index = new C06SearchIndex();
            index.add(8, "mail quota");
            index.prepareLive(List.of("quota"));
            index.reset();
            index.execute();
        });
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
