package probe28;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Case-insensitive HTTP header container similar to OkHttp's Headers / Netty's
 * HttpHeaders, with optional multi-value support and chunked-encoding trailers.
 */
public class BC13HttpHeaders {

    private final Map<String, String> single = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> multiValues;
    private Map<String, String> trailers;

    public BC13HttpHeaders(boolean allowMulti) {
        if (allowMulti) {
            multiValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        } else {
            multiValues = null;
        }
    }

    public BC13HttpHeaders set(String name, String value) {
        single.put(name, value);
        return this;
    }

    public BC13HttpHeaders add(String name, String value) {
        if (multiValues == null) {
            single.put(name, value);
        } else {
            multiValues.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return this;
    }

    public List<String> all(String name) {
        List<String> out = new ArrayList<>();
        if (single.containsKey(name)) {
            out.add(single.get(name));
        }
        out.addAll(multiValues.getOrDefault(name, List.of()));
        return out;
    }

    public String first(String name) {
        if (single.containsKey(name)) {
            return single.get(name);
        }
        if (multiValues != null) {
            List<String> vs = multiValues.get(name);
            return vs == null || vs.isEmpty() ? null : vs.get(0);
        }
        return null;
    }

    public void trailer(String name, String value) {
        if (trailers == null) {
            trailers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        trailers.put(name, value);
    }

    public int trailerCount() {
        return trailers == null ? 0 : trailers.size();
    }

    public BC13HttpHeaders mergeFrom(BC13HttpHeaders other, boolean includeTrailers) {
        single.putAll(other.single);
        if (other.multiValues != null) {
            other.multiValues.forEach((k, vs) -> vs.forEach(v -> add(k, v)));
        }
        if (includeTrailers) {
            for (Map.Entry<String, String> t : other.trailers.entrySet()) {
                trailer(t.getKey(), t.getValue());
            }
        }
        return this;
    }

    public String toWireFormat() {
        StringBuilder sb = new StringBuilder();
        single.forEach((k, v) -> sb.append(k.toLowerCase(Locale.ROOT)).append(": ").append(v).append("\r\n"));
        if (multiValues != null) {
            multiValues.forEach((k, vs) -> vs.forEach(v -> sb.append(k.toLowerCase(Locale.ROOT)).append(": ").append(v).append("\r\n")));
        }
        return sb.toString();
    }

    private static void expectNpe(String what, int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + what);
            System.exit(1);
        } catch (NullPointerException e) {
            StackTraceElement top = e.getStackTrace()[0];
            if ("BC13HttpHeaders.java".equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("BUG BC13HttpHeaders.java:" + line + " OK");
            } else {
                System.out.println("WRONG " + what + " at " + top);
                System.exit(1);
            }
        }
    }

    public static void main(String[] args) {
        BC13HttpHeaders response = new BC13HttpHeaders(true);
        response.set("Content-Type", "text/plain").add("Set-Cookie", "a=1").add("set-cookie", "b=2");
        response.trailer("Checksum", "abc");
        System.out.println(response.all("SET-COOKIE") + " first=" + response.first("set-cookie"));
        BC13HttpHeaders request = new BC13HttpHeaders(false);
        request.set("Host", "example.org").add("Accept", "*/*");
        System.out.println("req first=" + request.first("accept") + " missing=" + request.first("x"));
        BC13HttpHeaders merged = new BC13HttpHeaders(true).mergeFrom(response, true).mergeFrom(request, false);
        System.out.print(merged.toWireFormat());
        System.out.println("trailers=" + merged.trailerCount() + " reqTrailers=" + request.trailerCount());

        expectNpe("all() on single-valued headers", 46, () -> request.all("Host"));
        expectNpe("merge trailers from request without trailers", 78, () -> merged.mergeFrom(request, true));
    }
}
