package probe25;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SAX NamespaceSupport style prefix scoping. Each element context only
 * allocates a prefix table when it declares a prefix; the reverse table is
 * derived on demand and invalidated by new declarations.
 */
public class B28NamespaceSupport {
    public static final String XMLNS = "http://www.w3.org/XML/1998/namespace";

    private static final class Context {
        final Context parent;
        Map<String, String> prefixTable; // null until this element declares a prefix
        Map<String, String> uriTable;    // reverse of prefixTable, built lazily
        String defaultNS;

        Context(Context parent) {
            this.parent = parent;
            this.defaultNS = parent == null ? "" : parent.defaultNS;
        }

        void declare(String prefix, String uri) {
            if (prefix.isEmpty()) {
                defaultNS = uri;
                return;
            }
            if (prefixTable == null) {
                prefixTable = new HashMap<>();
            }
            prefixTable.put(prefix, uri);
            uriTable = null;
        }
    }

    private Context current = new Context(null);
    private int depth;

    public B28NamespaceSupport() {
        current.declare("xml", XMLNS);
    }

    public void pushContext() {
        current = new Context(current);
        depth++;
    }

    public boolean popContext() {
        if (current.parent == null) {
            return false;
        }
        current = current.parent;
        depth--;
        return true;
    }

    public void declarePrefix(String prefix, String uri) {
        current.declare(prefix, uri);
    }

    public String getURI(String prefix) {
        if (prefix.isEmpty()) {
            return current.defaultNS;
        }
        for (Context c = current; c != null; c = c.parent) {
            if (c.prefixTable != null) {
                String uri = c.prefixTable.get(prefix);
                if (uri != null) {
                    return uri;
                }
            }
        }
        return null;
    }

    public String getPrefix(String uri) {
        for (Context c = current; c != null; c = c.parent) {
            if (c.prefixTable == null) {
                continue;
            }
            Map<String, String> reverse = c.uriTable;
            if (reverse == null) {
                reverse = new HashMap<>();
                for (Map.Entry<String, String> e : c.prefixTable.entrySet()) {
                    reverse.putIfAbsent(e.getValue(), e.getKey());
                }
                c.uriTable = reverse;
            }
            String prefix = reverse.get(uri);
            if (prefix != null && Objects.equals(getURI(prefix), uri)) {
                return prefix; // not shadowed by an inner declaration
            }
        }
        return null;
    }

    public List<String> getDeclaredPrefixes() {
        List<String> result = new ArrayList<>();
        if (current.prefixTable != null) {
            result.addAll(current.prefixTable.keySet());
            result.sort(null);
        }
        return result;
    }

    public String[] processName(String qName) {
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        String uri = getURI(prefix);
        return uri == null ? null : new String[] {uri, qName.substring(colon + 1)};
    }

    public static void main(String[] args) {
        B28NamespaceSupport ns = new B28NamespaceSupport();
        System.out.println(ns.getPrefix(XMLNS) + " " + ns.getURI("soap") + " " + ns.getDeclaredPrefixes());
        ns.pushContext();
        System.out.println(ns.getDeclaredPrefixes() + " " + ns.getPrefix("urn:none") + " " + ns.processName("a:b"));
        ns.declarePrefix("", "urn:default");
        ns.declarePrefix("soap", "http://schemas.xmlsoap.org/soap/envelope/");
        ns.pushContext();
        ns.declarePrefix("soap", "urn:other");
        System.out.println(ns.getPrefix("http://schemas.xmlsoap.org/soap/envelope/") + " " + ns.getPrefix("urn:other")
                + " " + String.join("|", ns.processName("soap:Body")) + " " + String.join("|", ns.processName("Item")));
        ns.popContext();
        System.out.println(ns.getPrefix("http://schemas.xmlsoap.org/soap/envelope/") + " " + ns.getDeclaredPrefixes());
        ns.declarePrefix("wsa", "urn:addr");
        System.out.println(ns.getPrefix("urn:addr") + " " + ns.popContext() + " " + ns.popContext() + " " + ns.depth);
    }
}
