package probe23b;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** Template engine loader; unload() drops the sorted map while a lazily-started anonymous iterator still needs it. */
public class G16TemplateLoader {
    private static final String FILE = "G16TemplateLoader.java";
    private static final int L1 = 38;
    private static final int L2 = 60;

    private SortedMap<String, String> templates = new TreeMap<>();

    void load(String name, String body) {
        if (templates == null) {
            templates = new TreeMap<>();
        }
        templates.put(name, body);
    }

    String source(String name) {
        SortedMap<String, String> t = templates;
        return t == null ? null : t.get(name);
    }

    /** Iterates template names; the underlying key iterator is created on first use. */
    Iterator<String> names() {
        return new Iterator<String>() {
            private Iterator<String> delegate;

            @Override
            public boolean hasNext() {
                if (delegate == null) {
                    delegate = templates.keySet().iterator(); // BUG
                }
                return delegate.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return delegate.next();
            }
        };
    }

    /** Same, but the key set is captured eagerly while the map is known to exist. */
    Iterator<String> namesSnapshot() {
        List<String> copy = templates == null ? List.of() : new ArrayList<>(templates.keySet());
        return copy.iterator();
    }

    String firstName() {
        return templates.firstKey(); // BUG
    }

    String firstNameOrNull() {
        if (templates == null || templates.isEmpty()) {
            return null;
        }
        return templates.firstKey();
    }

    void unload() {
        templates = null;
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
        G16TemplateLoader loader = new G16TemplateLoader();
        loader.load("layout", "<html>${body}</html>");
        loader.load("footer", "<footer/>");
        assert "footer".equals(loader.firstName());
        List<String> seen = new ArrayList<>();
        for (Iterator<String> it = loader.names(); it.hasNext(); ) {
            seen.add(it.next());
        }
        assert seen.equals(List.of("footer", "layout"));
        Iterator<String> snap = loader.namesSnapshot();
        loader.unload();
        assert snap.hasNext() && "footer".equals(snap.next());
        assert loader.source("layout") == null;
        assert loader.firstNameOrNull() == null;
        assert !loader.namesSnapshot().hasNext();
        loader.load("header", "<h1/>");
        assert "header".equals(loader.firstNameOrNull());

        try {
            G16TemplateLoader l = new G16TemplateLoader();
            l.load("index", "hi");
            Iterator<String> it = l.names();
            l.unload();
            it.hasNext();
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            G16TemplateLoader l = new G16TemplateLoader();
            l.unload();
            l.firstName();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
