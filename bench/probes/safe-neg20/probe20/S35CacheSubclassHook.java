package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class S35CacheSubclassHook {
    abstract static class AbstractStore {
        private Map<String, String> data;

        protected void onOpen() {
        }

        protected void onRecord(String key, String value) {
        }

        protected void onClose() {
        }

        public final void open() {
            data = new HashMap<>();
            onOpen();
        }

        public final boolean put(String key, String value) {
            if (data == null) {
                return false;
            }
            data.put(key, value);
            onRecord(key, value);
            return true;
        }

        public final String get(String key) {
            return data == null ? null : data.get(key);
        }

        public final void close() {
            if (data == null) {
                return;
            }
            onClose();
            data = null;
        }
    }

    static final class PrefixIndexedStore extends AbstractStore {
        private TreeMap<String, List<String>> byPrefix;
        final List<String> closedReports = new ArrayList<>();

        @Override
        protected void onOpen() {
            byPrefix = new TreeMap<>();
        }

        @Override
        protected void onRecord(String key, String value) {
            String prefix = key.contains(":") ? key.substring(0, key.indexOf(':')) : "";
            byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(key);
        }

        @Override
        protected void onClose() {
            closedReports.add("prefixes=" + byPrefix.keySet());
            byPrefix = null;
        }

        List<String> keysWithPrefix(String prefix) {
            return byPrefix == null ? List.of() : byPrefix.getOrDefault(prefix, List.of());
        }
    }

    public static void main(String[] args) {
        PrefixIndexedStore s = new PrefixIndexedStore();
        System.out.println("put before open: " + s.put("user:1", "ann") + " get=" + s.get("user:1"));
        System.out.println("keys: " + s.keysWithPrefix("user"));
        s.close();
        s.open();
        s.put("user:1", "ann");
        s.put("user:2", "ben");
        s.put("order:77", "pending");
        s.put("plain", "x");
        System.out.println("user keys: " + s.keysWithPrefix("user") + " get=" + s.get("order:77"));
        s.close();
        s.close();
        System.out.println("after close: " + s.keysWithPrefix("user") + " put=" + s.put("user:3", "cy"));
        s.open();
        s.put("job:1", "run");
        System.out.println("job keys: " + s.keysWithPrefix("job"));
        s.close();
        System.out.println(s.closedReports);
    }
}
