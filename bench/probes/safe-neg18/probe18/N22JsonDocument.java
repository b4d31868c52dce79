package probe18;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Mutable JSON-like document addressed by dotted paths, for a configuration editor. */
public final class N22JsonDocument {
    private Map<String, Object> root;

    @SuppressWarnings("unchecked")
    public void put(String path, Object value) {
        if (!(root instanceof LinkedHashMap)) {
            root = new LinkedHashMap<>();
        }
        String[] segments = path.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            Object child = node.get(segments[i]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segments[i], child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(segments[segments.length - 1], value);
    }

    public Object get(String path) {
        Object node = root;
        for (String segment : path.split("\\.")) {
            if (node instanceof Map<?, ?> m) {
                node = m.get(segment);
            } else {
                return null;
            }
        }
        return node;
    }

    public int topLevelSize() {
        return root instanceof LinkedHashMap<String, Object> ordered ? ordered.size() : 0;
    }

    public Set<String> topLevelKeys() {
        if (root instanceof Map) {
            return Set.copyOf(root.keySet());
        }
        return Set.of();
    }

    public boolean remove(String key) {
        if (!(root instanceof LinkedHashMap<String, Object> ordered)) {
            return false;
        }
        return ordered.remove(key) != null;
    }

    public void clear() {
        root = null;
    }

    public static void main(String[] args) {
        N22JsonDocument doc = new N22JsonDocument();
        System.out.println(doc.get("a.b") + " " + doc.topLevelSize() + " " + doc.topLevelKeys() + " " + doc.remove("a"));
        doc.put("server.port", 8080);
        doc.put("server.host", "0.0.0.0");
        doc.put("debug", true);
        doc.put("debug.level", 3);
        System.out.println(doc.get("server.port") + " " + doc.get("debug.level") + " " + doc.get("server.port.x"));
        System.out.println("size=" + doc.topLevelSize() + " removed=" + doc.remove("server") + " keys=" + doc.topLevelKeys());
        doc.clear();
        System.out.println(doc.get("debug") + " " + doc.topLevelSize() + " " + doc.remove("debug"));
        doc.put("x", 1);
        System.out.println(doc.topLevelKeys());
    }
}
