package probe21;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kafka-style client configuration. "Nothing configured" is represented by an empty map
 * (null object), never by null: every path that assigns the fields assigns a real map.
 */
public final class U02ProducerConfig {

    private static final Map<String, Object> DEFAULTS = Map.of("acks", "all", "retries", 3, "linger.ms", 0);

    private Map<String, Object> originals;
    private Map<String, Object> values;

    public U02ProducerConfig() {
        configure(null);
    }

    public U02ProducerConfig(Map<String, ?> configs) {
        configure(configs);
    }

    public void configure(Map<String, ?> configs) {
        if (configs == null || configs.isEmpty()) {
            originals = Collections.emptyMap();
        } else {
            Map<String, Object> copy = new TreeMap<>();
            for (Map.Entry<String, ?> e : configs.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) {
                    copy.put(e.getKey(), e.getValue());
                }
            }
            originals = Collections.unmodifiableMap(copy);
        }
        Map<String, Object> merged = new HashMap<>(DEFAULTS);
        merged.putAll(originals);
        values = merged;
    }

    public void reset() {
        originals = Collections.emptyMap();
        values = new HashMap<>(DEFAULTS);
    }

    public int getInt(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            return Integer.parseInt(s.trim());
        }
        throw new IllegalArgumentException("no int value for " + key);
    }

    public String getString(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    public Map<String, Object> originals() {
        return originals;
    }

    public Map<String, Object> originalsWithPrefix(String prefix) {
        Map<String, Object> out = new TreeMap<>();
        originals.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    public Set<String> unknownKeys() {
        Set<String> unknown = new TreeSet<>(originals.keySet());
        unknown.removeAll(DEFAULTS.keySet());
        return unknown;
    }

    public static void main(String[] args) {
        U02ProducerConfig empty = new U02ProducerConfig();
        System.out.println(empty.getInt("retries") + " " + empty.originals() + " " + empty.unknownKeys());

        Map<String, Object> raw = new HashMap<>();
        raw.put("retries", "7");
        raw.put("interceptor.a", "x");
        raw.put("interceptor.b", null);
        U02ProducerConfig cfg = new U02ProducerConfig(raw);
        System.out.println(cfg.getInt("retries") + " " + cfg.getString("acks") + " " + cfg.unknownKeys());
        System.out.println(cfg.originalsWithPrefix("interceptor."));
        cfg.reset();
        System.out.println(cfg.getInt("retries") + " " + cfg.originalsWithPrefix("interceptor."));
        cfg.configure(Map.of());
        System.out.println(cfg.originals().size());
    }
}
