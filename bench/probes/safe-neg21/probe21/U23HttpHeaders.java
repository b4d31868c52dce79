package probe21;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Case-insensitive HTTP header map built on AbstractMap. Most requests carry few or no
 * custom headers, so the backing TreeMap is only created by the first put() and clear()
 * drops it again; every overridden method checks the delegate before using it.
 * Not thread-safe (like HashMap): an instance is confined to one thread.
 */
public final class U23HttpHeaders extends AbstractMap<String, String> {

    private TreeMap<String, String> delegate;

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return delegate == null ? Collections.emptySet() : delegate.entrySet();
    }

    @Override
    public String put(String name, String value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("header name and value are required");
        }
        if (delegate == null) {
            delegate = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        return delegate.put(name, value);
    }

    @Override
    public String get(Object key) {
        if (delegate == null || !(key instanceof String)) {
            return null;
        }
        return delegate.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate != null && key instanceof String && delegate.containsKey(key);
    }

    @Override
    public String remove(Object key) {
        if (delegate == null || !(key instanceof String)) {
            return null;
        }
        return delegate.remove(key);
    }

    @Override
    public int size() {
        return delegate == null ? 0 : delegate.size();
    }

    @Override
    public void clear() {
        delegate = null;
    }

    public String contentType() {
        String ct = get("Content-Type");
        return ct == null ? "application/octet-stream" : ct;
    }

    public static void main(String[] args) {
        U23HttpHeaders headers = new U23HttpHeaders();
        System.out.println(headers + " " + headers.size() + " " + headers.contentType() + " " + headers.containsKey("x")
                + " " + headers.remove("x") + " " + headers.isEmpty() + " " + headers.hashCode());
        headers.put("Content-Type", "text/plain");
        headers.put("X-Trace", "abc");
        System.out.println(headers.get("content-type") + " " + headers.containsKey("x-trace") + " " + headers.get(42));
        headers.remove("X-TRACE");
        System.out.println(headers + " " + headers.equals(Map.of("Content-Type", "text/plain")));
        headers.clear();
        System.out.println(headers + " " + headers.keySet() + " " + headers.values() + " " + headers.equals(Map.of()));
        headers.putAll(Map.of("Accept", "*/*"));
        System.out.println(headers);
    }
}
