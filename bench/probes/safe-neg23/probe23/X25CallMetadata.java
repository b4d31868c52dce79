package probe23;

import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Immutable call metadata, similar to gRPC's {@code Metadata}/{@code CallOptions}: most calls carry
 * none, so empty metadata stores null instead of an empty map. Changes go through a builder that
 * allocates its map on the first {@code put}.
 */
public final class X25CallMetadata {

    public static final X25CallMetadata NONE = new Builder().build();

    private final LinkedHashMap<String, String> entries;

    private X25CallMetadata(Builder b) {
        this.entries = b.entries == null || b.entries.isEmpty() ? null : new LinkedHashMap<>(b.entries);
    }

    public String get(String key) {
        return entries != null ? entries.get(key) : null;
    }

    public boolean isEmpty() {
        return entries == null;
    }

    public int size() {
        return entries == null ? 0 : entries.size();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        if (entries != null) {
            b.entries = new LinkedHashMap<>(entries);
        }
        return b;
    }

    @Override
    public String toString() {
        return entries == null ? "Metadata()" : "Metadata" + entries;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private LinkedHashMap<String, String> entries;

        public Builder put(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (entries == null) {
                entries = new LinkedHashMap<>();
            }
            entries.put(key, value);
            return this;
        }

        public Builder remove(String key) {
            if (entries != null) {
                entries.remove(key);
            }
            return this;
        }

        public Builder clear() {
            entries = null;
            return this;
        }

        public X25CallMetadata build() {
            return new X25CallMetadata(this);
        }
    }

    public static void main(String[] args) {
        System.out.println(NONE + " empty=" + NONE.isEmpty() + " auth=" + NONE.get("authorization"));
        X25CallMetadata md = NONE.toBuilder()
                .put("authorization", "Bearer t0k3n")
                .put("x-request-id", "42")
                .build();
        System.out.println(md + " size=" + md.size() + " id=" + md.get("x-request-id"));
        X25CallMetadata trimmed = md.toBuilder().remove("authorization").remove("x-request-id").build();
        System.out.println(trimmed + " empty=" + trimmed.isEmpty());
        X25CallMetadata cleared = md.toBuilder().clear().remove("nothing").build();
        System.out.println(cleared + " size=" + cleared.size() + " original=" + md.size());
    }
}
