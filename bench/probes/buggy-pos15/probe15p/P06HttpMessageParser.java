package probe15p;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public class P06HttpMessageParser {
    private String startLine;
    private Map<String, String> headers;
    private String body;

    public void parse(String raw) {
        int headerEnd = raw.indexOf("\r\n\r\n");
        String head = headerEnd >= 0 ? raw.substring(0, headerEnd) : raw;
        body = headerEnd >= 0 ? raw.substring(headerEnd + 4) : "";
        int firstBreak = head.indexOf("\r\n");
        startLine = firstBreak >= 0 ? head.substring(0, firstBreak) : head;
        headers = parseHeaders(firstBreak >= 0 ? head.substring(firstBreak + 2) : "");
    }

    private static Map<String, String> parseHeaders(String block) {
        if (block.isEmpty()) {
            return null;
        }
        Map<String, String> result = new TreeMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("malformed header: " + line);
            result.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return result;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT)); // BUG
    }

    public int contentLength() {
        if (headers == null) return body.length();
        String value = headers.get("content-length");
        return value == null ? body.length() : Integer.parseInt(value);
    }

    public boolean keepAlive() {
        boolean http11 = startLine.endsWith("HTTP/1.1");
        String connection = header("Connection");
        return http11 ? !"close".equalsIgnoreCase(connection) : "keep-alive".equalsIgnoreCase(connection);
    }

    public String method() {
        return startLine.split(" ")[0];
    }

    public static void main(String[] args) {
        P06HttpMessageParser full = new P06HttpMessageParser();
        full.parse("POST /orders HTTP/1.1\r\nHost: shop\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        System.out.println(full.method() + " len=" + full.contentLength() + " keepAlive=" + full.keepAlive());

        P06HttpMessageParser bare = new P06HttpMessageParser();
        bare.parse("GET /health HTTP/1.0\r\n\r\n");
        System.out.println(bare.method() + " len=" + bare.contentLength());
        prove(() -> bare.keepAlive());
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
