package probe24;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A hierarchy of HTTP request builders using the self-type ("curiously recurring
 * template") idiom. The abstract builder allocates the header map on the first
 * {@code header()} call; the POST builder calls that inherited method and then reads
 * the protected map directly.
 */
public class Z15RequestBuilders {

    /** An immutable request. */
    record Request(String method, String url, Map<String, String> headers, String body) { }

    abstract static class Builder<B extends Builder<B>> {
        protected final String url;
        /** Request headers; null until the first header() call, and after noHeaders(). */
        protected LinkedHashMap<String, String> headers;

        Builder(String url) {
            this.url = url;
        }

        protected abstract B self();

        public B header(String name, String value) {
            if (headers == null) {
                headers = new LinkedHashMap<>();
            }
            headers.put(name, value);
            return self();
        }

        public B noHeaders() {
            headers = null;
            return self();
        }

        protected Map<String, String> headerSnapshot() {
            return headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    static final class GetBuilder extends Builder<GetBuilder> {
        GetBuilder(String url) {
            super(url);
        }

        @Override
        protected GetBuilder self() {
            return this;
        }

        Request build() {
            return new Request("GET", url, headerSnapshot(), "");
        }
    }

    static final class PostBuilder extends Builder<PostBuilder> {
        private String body = "";

        PostBuilder(String url) {
            super(url);
        }

        @Override
        protected PostBuilder self() {
            return this;
        }

        PostBuilder json(String json) {
            body = json;
            return header("Content-Type", "application/json");
        }

        Request build() {
            if (headers == null || !headers.containsKey("Content-Type")) {
                header("Content-Type", "text/plain; charset=UTF-8");
            }
            header("Content-Length", Integer.toString(body.length()));
            String type = headers.get("Content-Type");
            return new Request("POST", url, headerSnapshot(), type.startsWith("application/json") ? body : body.trim());
        }
    }

    public static void main(String[] args) {
        Request get = new GetBuilder("/health").build();
        Request get2 = new GetBuilder("/users").header("Accept", "application/json").header("X-Trace", "1").noHeaders()
                .header("Accept", "text/csv").build();
        Request post = new PostBuilder("/users").header("Authorization", "Bearer t").json("{\"name\":\"bo\"}").build();
        Request plain = new PostBuilder("/notes").noHeaders().build();
        for (Request r : new Request[] {get, get2, post, plain}) {
            System.out.println(r.method() + " " + r.url() + " " + r.headers().size() + " " + r.body());
        }
    }
}
