package probe27;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * jsoup-style HTML attribute set: most elements have no attributes, so the map is lazy. All iteration
 * goes through entries(), which yields an empty collection instead of touching a null map.
 */
public final class F39AttributeSet {
    private LinkedHashMap<String, String> attrs; // null while the element has no attributes
    private Map<String, String> dataset;         // derived data-* view; null when stale

    private Iterable<Map.Entry<String, String>> entries() {
        return attrs == null ? Collections.emptySet() : attrs.entrySet();
    }

    public F39AttributeSet put(String key, String value) {
        if (attrs == null) attrs = new LinkedHashMap<>();
        attrs.put(key.toLowerCase(Locale.ROOT), value);
        dataset = null;
        return this;
    }

    public String get(String key) { return attrs == null ? "" : attrs.getOrDefault(key.toLowerCase(Locale.ROOT), ""); }

    public boolean remove(String key) {
        if (attrs == null || attrs.remove(key.toLowerCase(Locale.ROOT)) == null) return false;
        dataset = null;
        if (attrs.isEmpty()) attrs = null;
        return true;
    }

    public int size() {
        int n = 0;
        for (Map.Entry<String, String> ignored : entries()) n++;
        return n;
    }

    public Iterator<String> keys() {
        return attrs == null ? Collections.emptyIterator() : Collections.unmodifiableSet(attrs.keySet()).iterator();
    }

    public Map<String, String> dataset() {
        Map<String, String> d = dataset;
        if (d == null) {
            d = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : entries()) {
                if (e.getKey().startsWith("data-")) d.put(e.getKey().substring(5), e.getValue());
            }
            dataset = d;
        }
        return Collections.unmodifiableMap(d);
    }

    public String html() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : entries()) {
            sb.append(' ').append(e.getKey());
            if (!e.getValue().isEmpty()) sb.append("=\"").append(e.getValue().replace("\"", "&quot;")).append('"');
        }
        return sb.toString();
    }

    private Map<String, String> asMap() { return attrs == null ? Map.of() : attrs; }

    @Override public boolean equals(Object o) {
        return this == o || o instanceof F39AttributeSet other && asMap().equals(other.asMap());
    }

    @Override public int hashCode() { return asMap().hashCode(); }

    public static void main(String[] args) {
        F39AttributeSet none = new F39AttributeSet();
        assert none.size() == 0 && none.html().isEmpty() && !none.keys().hasNext() && none.dataset().isEmpty();
        assert none.get("id").isEmpty() && !none.remove("id") && none.equals(new F39AttributeSet());

        F39AttributeSet a = new F39AttributeSet().put("ID", "main").put("data-user-id", "42").put("title", "say \"hi\"");
        a.put("hidden", "");
        assert a.size() == 4 && a.get("id").equals("main");
        assert a.html().equals(" id=\"main\" data-user-id=\"42\" title=\"say &quot;hi&quot;\" hidden") : a.html();
        assert a.dataset().equals(Map.of("user-id", "42")) && a.dataset().size() == 1;
        Iterator<String> it = a.keys();
        assert it.next().equals("id") && it.hasNext();
        a.put("data-role", "admin");
        assert a.dataset().equals(Map.of("user-id", "42", "role", "admin"));

        F39AttributeSet b = new F39AttributeSet();
        for (String k : new String[] {"hidden", "title", "data-role", "data-user-id", "id"}) b.put(k, a.get(k));
        assert a.equals(b) && a.hashCode() == b.hashCode() : "order does not matter for equality";
        for (String k : new String[] {"id", "data-user-id", "title", "hidden", "data-role"}) assert a.remove(k);
        assert a.size() == 0 && a.html().isEmpty() && a.dataset().isEmpty() && !a.keys().hasNext();
        assert a.equals(none) && a.hashCode() == none.hashCode() && !a.equals(b);
        System.out.println("F39 ok");
    }
}
