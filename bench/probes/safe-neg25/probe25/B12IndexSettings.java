package probe25;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Elasticsearch-style immutable settings. Secure settings come from a keystore
 * and are absent (null) for most indices.
 */
public final class B12IndexSettings {
    public static final B12IndexSettings EMPTY = new B12IndexSettings(Map.of(), null);

    private final Map<String, String> settings;
    private final Map<String, String> secureSettings; // null when there is no keystore

    private B12IndexSettings(Map<String, String> settings, Map<String, String> secureSettings) {
        this.settings = settings;
        this.secureSettings = secureSettings;
    }

    public String get(String key) {
        return settings.get(key);
    }

    public String get(String key, String defaultValue) {
        String v = settings.get(key);
        return v != null ? v : defaultValue;
    }

    public int getAsInt(String key, int defaultValue) {
        String v = get(key);
        return v == null ? defaultValue : Integer.parseInt(v.trim());
    }

    public boolean hasSecureSettings() {
        return secureSettings != null;
    }

    public String getSecure(String key) {
        if (secureSettings == null) {
            return null;
        }
        return secureSettings.get(key);
    }

    public Set<String> keySet() {
        if (!hasSecureSettings()) {
            return settings.keySet();
        }
        Set<String> all = new TreeSet<>(settings.keySet());
        all.addAll(secureSettings.keySet());
        return Collections.unmodifiableSet(all);
    }

    public B12IndexSettings filter(Predicate<String> keyPredicate) {
        Builder b = builder();
        settings.forEach((k, v) -> {
            if (keyPredicate.test(k)) {
                b.put(k, v);
            }
        });
        if (secureSettings != null) {
            secureSettings.forEach((k, v) -> {
                if (keyPredicate.test(k)) {
                    b.putSecure(k, v);
                }
            });
        }
        return b.build();
    }

    public B12IndexSettings merge(B12IndexSettings overrides) {
        return builder().put(this).put(overrides).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof B12IndexSettings s && settings.equals(s.settings)
                && Objects.equals(secureSettings, s.secureSettings);
    }

    @Override
    public int hashCode() {
        return 31 * settings.hashCode() + (secureSettings == null ? 0 : secureSettings.keySet().hashCode());
    }

    @Override
    public String toString() {
        return settings + (secureSettings == null ? "" : " secure=" + secureSettings.keySet());
    }

    public static final class Builder {
        private final Map<String, String> map = new TreeMap<>();
        private Map<String, String> secure; // only created when a secure setting is added

        public Builder put(String key, String value) {
            map.put(key, value);
            return this;
        }

        public Builder putSecure(String key, String value) {
            if (secure == null) {
                secure = new TreeMap<>();
            }
            secure.put(key, value);
            return this;
        }

        public Builder put(B12IndexSettings other) {
            map.putAll(other.settings);
            if (other.secureSettings != null) {
                other.secureSettings.forEach(this::putSecure);
            }
            return this;
        }

        public B12IndexSettings build() {
            if (map.isEmpty() && secure == null) {
                return EMPTY;
            }
            return new B12IndexSettings(Collections.unmodifiableMap(new TreeMap<>(map)),
                    secure == null ? null : Collections.unmodifiableMap(new TreeMap<>(secure)));
        }
    }

    public static void main(String[] args) {
        B12IndexSettings plain = builder().put("index.number_of_shards", "3").put("index.codec", "best_compression").build();
        System.out.println(plain.hasSecureSettings() + " " + plain.getSecure("x") + " " + plain.keySet() + " "
                + plain.getAsInt("index.number_of_shards", 1) + " " + plain.get("index.refresh_interval", "1s"));
        B12IndexSettings secure = builder().put("s3.client.default.endpoint", "s3.local")
                .putSecure("s3.client.default.access_key", "AKIA").build();
        B12IndexSettings merged = plain.merge(secure);
        System.out.println(merged + " " + merged.keySet() + " " + merged.getSecure("s3.client.default.access_key"));
        B12IndexSettings s3 = merged.filter(k -> k.startsWith("s3."));
        B12IndexSettings idx = merged.filter(k -> k.startsWith("index."));
        System.out.println(s3 + " | " + idx + " " + idx.equals(plain) + " " + (idx.hashCode() == plain.hashCode())
                + " " + s3.equals(secure) + " " + (s3.hashCode() == secure.hashCode()));
        System.out.println(EMPTY.merge(EMPTY) == EMPTY ? "empty" : "not empty");
        System.out.println(EMPTY.filter(k -> true).keySet() + " " + EMPTY.getAsInt("a", 2) + " " + EMPTY.get("a"));
    }
}
