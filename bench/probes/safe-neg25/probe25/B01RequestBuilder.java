package probe25;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OkHttp-style immutable request. Tags are rare, so the builder only allocates
 * its tag map when the first tag is attached.
 */
public final class B01RequestBuilder {
    private final String method;
    private final String url;
    private final List<String> headerLines;
    private final Map<Class<?>, Object> tags;

    private B01RequestBuilder(Builder builder) {
        this.method = builder.method;
        this.url = builder.url;
        this.headerLines = List.copyOf(builder.headerLines);
        this.tags = builder.tags == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
    }

    public String method() { return method; }

    public String url() { return url; }

    public List<String> headers() { return headerLines; }

    public <T> T tag(Class<? extends T> type) {
        return type.cast(tags.get(type));
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "Request{method=" + method + ", url=" + url + ", tags=" + tags.keySet().size() + "}";
    }

    public static final class Builder {
        private String method = "GET";
        private String url;
        private final List<String> headerLines = new ArrayList<>();
        private Map<Class<?>, Object> tags; // null until the first tag

        public Builder() {
        }

        Builder(B01RequestBuilder request) {
            this.method = request.method;
            this.url = request.url;
            this.headerLines.addAll(request.headerLines);
            this.tags = request.tags.isEmpty() ? null : new LinkedHashMap<>(request.tags);
        }

        public Builder url(String url) {
            if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                throw new IllegalArgumentException("unexpected url: " + url);
            }
            this.url = url;
            return this;
        }

        public Builder header(String name, String value) {
            headerLines.add(name + ": " + value);
            return this;
        }

        public Builder post() {
            this.method = "POST";
            return this;
        }

        /** Attaches {@code tag} to the request, or removes the tag of that type when {@code tag} is null. */
        public <T> Builder tag(Class<? super T> type, T tag) {
            if (tag == null) {
                if (tags != null) {
                    tags.remove(type);
                    if (tags.isEmpty()) {
                        tags = null;
                    }
                }
            } else {
                if (tags == null) {
                    tags = new LinkedHashMap<>();
                }
                tags.put(type, type.cast(tag));
            }
            return this;
        }

        public boolean hasTags() {
            return tags != null;
        }

        public B01RequestBuilder build() {
            if (url == null) {
                throw new IllegalStateException("url == null");
            }
            return new B01RequestBuilder(this);
        }
    }

    public static void main(String[] args) {
        Builder b = new Builder().url("https://example.com/api").header("Accept", "application/json");
        B01RequestBuilder plain = b.build();
        System.out.println(plain + " " + plain.tag(String.class) + " " + b.hasTags());
        b.tag(String.class, "trace-42").tag(Integer.class, 7).post();
        B01RequestBuilder tagged = b.build();
        System.out.println(tagged + " " + tagged.tag(String.class) + " " + tagged.tag(Integer.class));
        b.tag(String.class, null).tag(Integer.class, null).tag(Long.class, null);
        System.out.println("after removal hasTags=" + b.hasTags() + " " + b.build());
        Builder copy = tagged.newBuilder().tag(Integer.class, null);
        System.out.println(copy.build() + " " + copy.hasTags() + " " + plain.newBuilder().hasTags()
                + " " + plain.method() + " " + plain.url() + " " + plain.headers());
    }
}
