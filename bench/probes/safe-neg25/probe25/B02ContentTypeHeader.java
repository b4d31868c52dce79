package probe25;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Mail/HTTP style Content-Type header value. The parameter map is parsed on
 * demand and thrown away whenever the raw value changes.
 */
public class B02ContentTypeHeader {
    private String value;
    private String mimeType;                 // cached, null until parsed
    private Map<String, String> parameters;  // cached, null until parsed
    private int parseCount;

    public B02ContentTypeHeader(String value) {
        setValue(value);
    }

    public final void setValue(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty content type");
        }
        this.value = value.trim();
        this.mimeType = null;
        this.parameters = null;
    }

    private void parse() {
        String[] parts = value.split(";");
        mimeType = parts[0].trim().toLowerCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String v = part.substring(eq + 1).trim();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            params.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), v);
        }
        parameters = params;
        parseCount++;
    }

    private Map<String, String> parameters() {
        if (parameters == null) {
            parse();
        }
        return parameters;
    }

    public String getMimeType() {
        if (mimeType == null) {
            parse();
        }
        return mimeType;
    }

    public String getParameter(String name) {
        return parameters().get(name.toLowerCase(Locale.ROOT));
    }

    public Charset getCharset(Charset fallback) {
        String cs = getParameter("charset");
        return cs != null && Charset.isSupported(cs) ? Charset.forName(cs) : fallback;
    }

    public B02ContentTypeHeader withParameter(String name, String v) {
        StringBuilder sb = new StringBuilder(getMimeType());
        Map<String, String> copy = new LinkedHashMap<>(parameters());
        copy.put(name.toLowerCase(Locale.ROOT), v);
        copy.forEach((k, val) -> sb.append("; ").append(k).append('=').append(val));
        return new B02ContentTypeHeader(sb.toString());
    }

    public boolean isParsed() {
        return parameters != null;
    }

    public int parseCount() {
        return parseCount;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof B02ContentTypeHeader)) {
            return false;
        }
        B02ContentTypeHeader other = (B02ContentTypeHeader) o;
        return getMimeType().equals(other.getMimeType()) && parameters().equals(other.parameters());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getMimeType(), parameters());
    }

    @Override
    public String toString() {
        return value;
    }

    public static void main(String[] args) {
        B02ContentTypeHeader h = new B02ContentTypeHeader("Text/HTML; Charset=\"UTF-8\"; format=flowed");
        System.out.println(h.isParsed() + " " + h.getParameter("charset") + " " + h.isParsed());
        System.out.println(h.getMimeType() + " " + h.getCharset(Charset.defaultCharset()));
        h.setValue("application/json");
        System.out.println(h.isParsed() + " " + h.getMimeType() + " " + h.getParameter("charset"));
        B02ContentTypeHeader w = h.withParameter("charset", "ISO-8859-1");
        System.out.println(w + " -> " + w.getCharset(Charset.defaultCharset()));
        h.setValue("text/plain; charset=utf-8");
        B02ContentTypeHeader same = new B02ContentTypeHeader("TEXT/plain;charset=utf-8");
        System.out.println(h.equals(same) + " " + (h.hashCode() == same.hashCode()) + " " + h.equals(w)
                + " " + h.parseCount() + " " + h);
    }
}
