package probe34;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Hashtag search index; the postings map exists whenever the always-present document list is non-empty. */
public class SD37TagIndex {
    private final List<String> documents = new ArrayList<>(); // never null
    private Map<String, Set<Integer>> postings;               // non-null whenever documents is non-empty

    public int add(String document) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("empty document");
        }
        if (documents.isEmpty()) {
            postings = new TreeMap<>();
        }
        documents.add(document);
        int id = documents.size() - 1;
        for (String token : document.split("\\s+")) {
            if (token.length() > 1 && token.startsWith("#")) {
                postings.computeIfAbsent(token.toLowerCase(), t -> new TreeSet<>()).add(id);
            }
        }
        return id;
    }

    public Set<Integer> find(String tag) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(postings.getOrDefault(tag.toLowerCase(), Set.of()));
    }

    public int tagCount() {
        return documents.isEmpty() ? 0 : postings.size();
    }

    public String document(int id) {
        if (id < 0 || id >= documents.size()) {
            throw new NoSuchElementException("no document " + id);
        }
        return documents.get(id);
    }

    public void removeLast() {
        if (documents.isEmpty()) {
            throw new NoSuchElementException("index is empty");
        }
        int id = documents.size() - 1;
        documents.remove(id);
        if (documents.isEmpty()) {
            postings = null;
            return;
        }
        postings.values().forEach(ids -> ids.remove(id));
        postings.values().removeIf(Set::isEmpty);
    }

    public int size() {
        return documents.size();
    }

    public void clear() {
        documents.clear();
        postings = null;
    }

    private static void exerciseEmpty(SD37TagIndex idx) {
        check(idx.size() == 0 && idx.tagCount() == 0, "empty");
        check(idx.find("#java").isEmpty(), "find while empty");
        expect(NoSuchElementException.class, () -> idx.document(0));
        expect(NoSuchElementException.class, idx::removeLast);
        expect(IllegalArgumentException.class, () -> idx.add("  "));
        idx.clear();
    }

    public static void main(String[] args) {
        SD37TagIndex index = new SD37TagIndex();
        exerciseEmpty(index);

        index.add("Learning #Java generics");
        index.add("#java #records are neat");
        index.add("plain text, no tags #");
        check(index.find("#JAVA").equals(Set.of(0, 1)) && index.tagCount() == 2, "postings");
        check(index.find("#kotlin").isEmpty() && index.size() == 3, "miss");
        check(index.document(1).startsWith("#java"), "document");
        expect(NoSuchElementException.class, () -> index.document(3));
        index.removeLast();
        index.removeLast();
        check(index.find("#java").equals(Set.of(0)) && index.tagCount() == 1, "postings pruned");
        index.removeLast(); // the last document: postings dropped
        exerciseEmpty(index);

        index.add("#a");
        index.clear();
        exerciseEmpty(index);
        index.clear();
        exerciseEmpty(index);

        check(index.add("#rust and #go") == 0 && index.find("#go").equals(Set.of(0)), "recreated");
        check(index.tagCount() == 2 && "#rust and #go".equals(index.document(0)), "recreated tags");
        index.add("#go again");
        index.removeLast();
        check(index.size() == 1 && index.find("#go").equals(Set.of(0)), "removeLast after recreate");
        index.clear();
        exerciseEmpty(index);
        System.out.println("SD37TagIndex ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
