package probe24;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Symbol resolution for a small static linker. {@link #link()} builds a hash index over
 * all exported symbols; adding an object file invalidates it. Queries that find no index
 * fall back to a linear scan; the missing index is signalled by a checked exception.
 */
public class Z03LinkerSymbolIndex {

    /** Raised by {@link #requireIndex()} when the index has not been built or was invalidated. */
    static final class IndexNotBuiltException extends Exception {
        private static final long serialVersionUID = 1L;

        IndexNotBuiltException(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A relocatable object file and the symbols it exports. */
    record ObjectFile(String name, List<String> exports) { }

    private final List<ObjectFile> objects = new ArrayList<>();
    /** Symbol to defining object file; null until link(), reset by add(). */
    private HashMap<String, String> symbolToObject;
    private int linearScans;

    public void add(ObjectFile file) {
        objects.add(file);
        symbolToObject = null;
    }

    public int link() {
        HashMap<String, String> index = new HashMap<>();
        for (ObjectFile f : objects) {
            for (String s : f.exports()) {
                index.putIfAbsent(s, f.name());
            }
        }
        symbolToObject = index;
        return index.size();
    }

    private void requireIndex() throws IndexNotBuiltException {
        if (symbolToObject == null) {
            throw new IndexNotBuiltException(objects.size() + " objects not linked yet");
        }
    }

    /** Returns the object defining {@code symbol}, or null if it is undefined. */
    public String definingObject(String symbol) {
        try {
            requireIndex();
            return symbolToObject.get(symbol);
        } catch (IndexNotBuiltException e) {
            linearScans++;
            for (ObjectFile f : objects) {
                if (f.exports().contains(symbol)) {
                    return f.name();
                }
            }
            return null;
        }
    }

    /** Number of distinct exported symbols. */
    public int exportedCount() {
        try {
            requireIndex();
            return symbolToObject.size();
        } catch (IndexNotBuiltException e) {
            linearScans++;
            return (int) objects.stream().flatMap(o -> o.exports().stream()).distinct().count();
        }
    }

    public static void main(String[] args) {
        Z03LinkerSymbolIndex linker = new Z03LinkerSymbolIndex();
        linker.add(new ObjectFile("crt0.o", List.of("_start")));
        linker.add(new ObjectFile("main.o", List.of("main", "usage")));
        System.out.println(linker.definingObject("main") + " " + linker.exportedCount());
        System.out.println(linker.link() + " " + linker.definingObject("_start") + " " + linker.exportedCount());
        linker.add(new ObjectFile("libc.o", List.of("printf", "usage")));
        System.out.println(linker.definingObject("printf") + " " + linker.definingObject("memcpy"));
        linker.link();
        System.out.println(linker.definingObject("usage") + " " + linker.exportedCount() + " scans=" + linker.linearScans);
    }
}
