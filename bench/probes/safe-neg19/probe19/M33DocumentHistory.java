package probe19;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Version history for a wiki page supporting lookup by version and pruning. */
public class M33DocumentHistory {
    private final String page;
    private SortedMap<Integer, String> versions;
    private int nextVersion = 1;

    public M33DocumentHistory(String page) {
        this.page = page;
    }

    public int commit(String content) {
        if (versions == null) {
            versions = new TreeMap<>();
        }
        int v = nextVersion++;
        versions.put(v, content);
        return v;
    }

    public Optional<String> latest() {
        if (versions == null || versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(versions.get(versions.lastKey()));
    }

    public Optional<String> asOf(int version) {
        if (versions == null) {
            return Optional.empty();
        }
        SortedMap<Integer, String> upTo = versions.headMap(version + 1);
        return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.lastKey()));
    }

    public int prune(int keepLast) {
        if (versions == null) {
            return 0;
        }
        int removed = 0;
        while (versions.size() > Math.max(0, keepLast)) {
            versions.remove(versions.firstKey());
            removed++;
        }
        if (versions.isEmpty()) {
            versions = null;
        }
        return removed;
    }

    public List<Integer> versionNumbers() {
        return versions == null ? List.of() : List.copyOf(versions.keySet());
    }

    public String page() {
        return page;
    }

    public static void main(String[] args) {
        M33DocumentHistory history = new M33DocumentHistory("Home");
        System.out.println(history.latest() + " " + history.asOf(3) + " " + history.prune(1) + " " + history.versionNumbers());
        history.commit("draft");
        history.commit("reviewed");
        history.commit("published");
        System.out.println(history.latest().orElse("") + " " + history.asOf(2).orElse("") + " " + history.asOf(0));
        System.out.println(history.prune(1) + " " + history.versionNumbers() + " " + history.asOf(2));
        System.out.println(history.prune(0) + " " + history.latest() + " " + history.prune(0));
        System.out.println(history.commit("restored") + " " + history.latest().orElse("") + " " + history.page());
    }
}
