package probe23b;

import java.util.HashMap;
import java.util.Map;

/** Template-engine context; clone() drops the resolution cache and one method bypasses the lazy getter. */
public class G03TemplateContext implements Cloneable {
    private static final String FILE = "G03TemplateContext.java";
    private static final int L1 = 54;
    private static final int L2 = 69;

    private HashMap<String, Object> variables = new HashMap<>();
    private Map<String, String> resolved = new HashMap<>();

    public G03TemplateContext() {
    }

    public G03TemplateContext(G03TemplateContext parent) {
        this.variables = new HashMap<>(parent.variables);
        this.resolved = new HashMap<>();
    }

    @Override
    public G03TemplateContext clone() {
        try {
            G03TemplateContext c = (G03TemplateContext) super.clone();
            c.variables = new HashMap<>(variables);
            c.resolved = null; // cache is rebuilt lazily through cache()
            return c;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> cache() {
        if (resolved == null) {
            resolved = new HashMap<>();
        }
        return resolved;
    }

    public void set(String name, Object value) {
        variables.put(name, value);
        if (resolved != null) {
            resolved.remove(name);
        }
    }

    public String resolve(String name) {
        return cache().computeIfAbsent(name, n -> String.valueOf(variables.get(n)));
    }

    public String resolveFast(String name) {
        String hit = resolved.get(name); // BUG
        return hit != null ? hit : resolve(name);
    }

    public String resolveFastSafely(String name) {
        String hit = cache().get(name);
        return hit != null ? hit : resolve(name);
    }

    public int cachedCount() {
        Map<String, String> r = resolved;
        return r == null ? 0 : r.size();
    }

    public void invalidate(String prefix) {
        resolved.keySet().removeIf(k -> k.startsWith(prefix)); // BUG
    }

    public void invalidateSafely(String prefix) {
        if (resolved == null) {
            return;
        }
        resolved.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private static void check(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("PROVEN " + FILE + ":" + line);
        } else {
            System.out.println("NOT PROVEN " + FILE + ":" + line);
            System.err.println("top frame: " + top);
        }
    }

    private static void notThrown(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }

    public static void main(String[] args) {
        G03TemplateContext root = new G03TemplateContext();
        root.set("title", "Home");
        assert "Home".equals(root.resolve("title"));
        assert "Home".equals(root.resolveFast("title"));
        root.invalidate("ti");
        assert root.cachedCount() == 0;
        G03TemplateContext child = new G03TemplateContext(root);
        assert "Home".equals(child.resolveFast("title"));
        child.invalidate("x");
        G03TemplateContext copy = root.clone();
        assert copy.cachedCount() == 0;
        copy.set("user", "bob");
        copy.invalidateSafely("u");
        assert "bob".equals(copy.resolveFastSafely("user"));
        assert "bob".equals(copy.resolveFast("user"));
        copy.invalidate("u");
        assert copy.cachedCount() == 0;

        try {
            root.clone().resolveFast("title");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G03TemplateContext fresh = root.clone();
            fresh.set("a", "1");
            fresh.invalidate("a");
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
