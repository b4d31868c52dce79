package probe32;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable MIME media type with optional parameters (OkHttp's MediaType, Spring's MimeType,
 * Guava's MediaType). Parameterless types - by far the common case - carry no map at all.
 * Every use of the map is guarded by the hasParameters() accessor, including equals/hashCode.
 */
public final class SA27MediaType {

    private final String type;
    private final String subtype;
    private final Map<String, String> parameters; // null when there are no parameters

    private SA27MediaType(String type, String subtype, Map<String, String> parameters) {
        this.type = type;
        this.subtype = subtype;
        this.parameters = parameters;
    }

    public static SA27MediaType parse(String text) {
        String[] pieces = text.split(";");
        String[] ts = pieces[0].trim().toLowerCase(Locale.ROOT).split("/");
        if (ts.length != 2 || ts[0].isEmpty() || ts[1].isEmpty()) {
            throw new IllegalArgumentException("not a media type: " + text);
        }
        Map<String, String> params = null;
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            if (params == null) {
                params = new TreeMap<>();
            }
            params.put(p.substring(0, eq).trim().toLowerCase(Locale.ROOT), p.substring(eq + 1).trim().replace("\"", ""));
        }
        return new SA27MediaType(ts[0], ts[1], params);
    }

    public boolean hasParameters() {
        return parameters != null;
    }

    public String parameter(String name) {
        return hasParameters() ? parameters.get(name.toLowerCase(Locale.ROOT)) : null;
    }

    public String charset(String fallback) {
        String cs = parameter("charset");
        return cs != null ? cs : fallback;
    }

    public SA27MediaType withoutParameters() {
        return hasParameters() ? new SA27MediaType(type, subtype, null) : this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type).append('/').append(subtype);
        if (hasParameters()) {
            parameters.forEach((k, v) -> sb.append("; ").append(k).append('=').append(v));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SA27MediaType)) {
            return false;
        }
        SA27MediaType other = (SA27MediaType) o;
        if (!type.equals(other.type) || !subtype.equals(other.subtype) || hasParameters() != other.hasParameters()) {
            return false;
        }
        return !hasParameters() || parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        int h = 31 * type.hashCode() + subtype.hashCode();
        return hasParameters() ? 31 * h + parameters.hashCode() : h;
    }

    public static void main(String[] args) {
        SA27MediaType json = parse("application/json");
        SA27MediaType jsonUtf8 = parse("Application/JSON; charset=\"UTF-8\"");
        SA27MediaType multipart = parse("multipart/form-data; boundary=xyz; charset=utf-8; junk");
        System.out.println(json + " params=" + json.hasParameters() + " charset=" + json.charset("ISO-8859-1"));
        System.out.println(jsonUtf8 + " charset=" + jsonUtf8.charset("?") + " boundary=" + jsonUtf8.parameter("boundary"));
        System.out.println(multipart + " boundary=" + multipart.parameter("BOUNDARY"));
        System.out.println("json==jsonUtf8: " + json.equals(jsonUtf8) + ", json==stripped: "
                + json.equals(jsonUtf8.withoutParameters()) + ", hash equal: "
                + (json.hashCode() == jsonUtf8.withoutParameters().hashCode()));
        System.out.println("reparse equal: " + jsonUtf8.equals(parse(jsonUtf8.toString())) + " same stripped: "
                + (json.withoutParameters() == json) + " vs string: " + json.equals("application/json"));
        try {
            parse("garbage");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
    }
}
