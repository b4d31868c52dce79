package probe27;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Namespace scope stack as used by StAX/SAX parsers; most elements declare nothing, so the table is lazy. */
public final class F05XmlNamespaceContext {
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final F05XmlNamespaceContext parent;
    private Map<String, String> prefixToUri; // null when this element declares no namespaces

    public F05XmlNamespaceContext() { this(null); }

    private F05XmlNamespaceContext(F05XmlNamespaceContext parent) { this.parent = parent; }

    public F05XmlNamespaceContext push() { return new F05XmlNamespaceContext(this); }

    public F05XmlNamespaceContext pop() {
        if (parent == null) throw new IllegalStateException("cannot pop the root context");
        return parent;
    }

    public void declare(String prefix, String uri) {
        if ("xml".equals(prefix)) throw new IllegalArgumentException("the xml prefix is reserved");
        if (prefixToUri == null) {
            prefixToUri = new HashMap<>(4);
        }
        prefixToUri.put(prefix, uri);
    }

    public String getNamespaceURI(String prefix) {
        if ("xml".equals(prefix)) return XML_NS;
        for (F05XmlNamespaceContext c = this; c != null; c = c.parent) {
            if (c.prefixToUri != null) {
                String uri = c.prefixToUri.get(prefix);
                if (uri != null) return uri.isEmpty() ? null : uri; // xmlns="" undeclares
            }
        }
        return null;
    }

    /** Prefixes currently bound to {@code uri}, ignoring bindings shadowed by nearer declarations. */
    public Set<String> prefixesFor(String uri) {
        Set<String> result = new TreeSet<>();
        for (F05XmlNamespaceContext c = this; c != null; c = c.parent) {
            if (c.prefixToUri == null) continue;
            for (Map.Entry<String, String> e : c.prefixToUri.entrySet()) {
                if (e.getValue().equals(uri) && uri.equals(getNamespaceURI(e.getKey()))) result.add(e.getKey());
            }
        }
        return result;
    }

    public Map<String, String> localDeclarations() {
        return prefixToUri == null ? Map.of() : Collections.unmodifiableMap(prefixToUri);
    }

    public String resolve(String qname) {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = qname.substring(colon + 1);
        String uri = getNamespaceURI(prefix);
        if (uri == null) {
            if (colon < 0) return local;
            throw new IllegalArgumentException("undeclared prefix " + prefix);
        }
        return "{" + uri + "}" + local;
    }

    /** Drives the context from simplified events: "start qname attr=value..." and "end". */
    public static List<String> resolveAll(List<String> events) {
        List<String> out = new ArrayList<>();
        F05XmlNamespaceContext ctx = new F05XmlNamespaceContext();
        for (String ev : events) {
            String[] parts = ev.split(" ");
            if (parts[0].equals("end")) {
                ctx = ctx.pop();
                continue;
            }
            ctx = ctx.push();
            for (int i = 2; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                String name = parts[i].substring(0, eq);
                String value = parts[i].substring(eq + 1);
                if (name.equals("xmlns")) ctx.declare("", value);
                else if (name.startsWith("xmlns:")) ctx.declare(name.substring(6), value);
            }
            out.add(ctx.resolve(parts[1]));
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> resolved = resolveAll(List.of("start feed xmlns=urn:atom xmlns:m=urn:meta", "start m:count", "end",
                "start entry xmlns=", "start m:id", "end", "end", "start title", "end", "end"));
        assert resolved.equals(List.of("{urn:atom}feed", "{urn:meta}count", "entry", "{urn:meta}id", "{urn:atom}title")) : resolved;

        F05XmlNamespaceContext root = new F05XmlNamespaceContext();
        assert root.getNamespaceURI("x") == null && XML_NS.equals(root.getNamespaceURI("xml"));
        assert root.localDeclarations().isEmpty() && root.prefixesFor("urn:a").isEmpty();
        assert root.resolve("plain").equals("plain");
        F05XmlNamespaceContext child = root.push();
        child.declare("a", "urn:a");
        F05XmlNamespaceContext grandChild = child.push();
        assert grandChild.localDeclarations().isEmpty();
        assert "urn:a".equals(grandChild.getNamespaceURI("a"));
        grandChild.declare("a", "urn:other");
        assert grandChild.prefixesFor("urn:a").isEmpty() : "shadowed by the nearer declaration";
        assert child.prefixesFor("urn:a").equals(Set.of("a"));
        assert grandChild.localDeclarations().equals(Map.of("a", "urn:other"));
        assert grandChild.pop() == child && child.pop() == root;
        boolean popped = false, reserved = false;
        try { root.pop(); } catch (IllegalStateException expected) { popped = true; }
        try { root.declare("xml", "urn:x"); } catch (IllegalArgumentException expected) { reserved = true; }
        assert popped && reserved && root.localDeclarations().isEmpty();
        System.out.println("F05 ok");
    }
}
