package probe23;

import java.util.HashMap;

/**
 * In-memory key/value HTTP handler. The store is created by the first PUT and released when the
 * last key is deleted; each case of the method switch tests it before use. Not thread-safe: the
 * handler runs on a single event-loop thread.
 */
public final class X27KeyValueHandler {

    record Response(int status, String body) {
    }

    private HashMap<String, String> store;

    public Response handle(String method, String key, String body) {
        if (method == null || key == null || key.isEmpty()) {
            return new Response(400, "bad request");
        }
        switch (method) {
            case "GET":
                if (store == null || !store.containsKey(key)) {
                    return new Response(404, "");
                }
                return new Response(200, store.get(key));
            case "HEAD":
                return new Response(store != null && store.containsKey(key) ? 200 : 404, "");
            case "PUT":
                if (body == null) {
                    return new Response(400, "body required");
                }
                if (store == null) {
                    store = new HashMap<>();
                }
                return new Response(store.put(key, body) == null ? 201 : 200, "");
            case "DELETE":
                if (store == null || store.remove(key) == null) {
                    return new Response(404, "");
                }
                if (store.isEmpty()) {
                    store = null;
                }
                return new Response(204, "");
            default:
                return new Response(405, "method not allowed");
        }
    }

    public int size() {
        return store == null ? 0 : store.size();
    }

    public static void main(String[] args) {
        X27KeyValueHandler h = new X27KeyValueHandler();
        String[][] requests = {
            {"GET", "a", null}, {"HEAD", "a", null}, {"DELETE", "a", null},
            {"PUT", "a", "1"}, {"PUT", "a", "2"}, {"PUT", "b", null}, {"GET", "a", null},
            {"HEAD", "a", null}, {"DELETE", "a", null}, {"GET", "a", null},
            {"PATCH", "a", "x"}, {null, "a", null}, {"GET", "", null},
        };
        for (String[] r : requests) {
            System.out.println(r[0] + " " + r[1] + " -> " + h.handle(r[0], r[1], r[2]) + " size=" + h.size());
        }
    }
}
