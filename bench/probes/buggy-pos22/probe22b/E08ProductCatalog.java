package probe22b;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Product catalog that is cached to disk with Java serialisation; the name index is rebuilt on load. */
public class E08ProductCatalog implements Serializable {

    private static final long serialVersionUID = 3L;
    private static final String FILE = "E08ProductCatalog.java";

    private final ArrayList<String> products = new ArrayList<>();
    private transient Map<String, Integer> positionByName;

    public E08ProductCatalog(List<String> initial) {
        positionByName = new HashMap<>();
        for (String p : initial) {
            add(p);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (!products.isEmpty()) {
            rebuildIndex();
        }
    }

    private void rebuildIndex() {
        positionByName = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            positionByName.put(products.get(i), i);
        }
    }

    public void add(String name) {
        positionByName.put(name, products.size()); // BUG
        products.add(name);
    }

    public int indexOf(String name) {
        Integer i = positionByName.get(name); // BUG
        return i == null ? -1 : i;
    }

    public boolean contains(String name) {
        return positionByName != null && positionByName.containsKey(name);
    }

    public int size() {
        return products.size();
    }

    static E08ProductCatalog roundTrip(E08ProductCatalog c) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(c);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (E08ProductCatalog) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        E08ProductCatalog catalog = new E08ProductCatalog(List.of("kettle", "toaster"));
        assert catalog.indexOf("toaster") == 1 && catalog.indexOf("fridge") == -1;
        E08ProductCatalog loaded = roundTrip(catalog);
        loaded.add("blender");
        assert loaded.indexOf("blender") == 2 && loaded.contains("kettle") && loaded.size() == 3;
        E08ProductCatalog emptyLoaded = roundTrip(new E08ProductCatalog(List.of()));
        assert emptyLoaded.size() == 0 && !emptyLoaded.contains("kettle");

        prove(46, () -> emptyLoaded.add("mixer"));
        prove(51, () -> emptyLoaded.indexOf("mixer"));
    }

    private static void prove(int line, Runnable scenario) {
        String where = FILE + ":" + line;
        try {
            scenario.run();
            System.out.println("NOT PROVEN " + where);
            System.err.println("no NullPointerException for " + where);
        } catch (NullPointerException e) {
            StackTraceElement[] st = e.getStackTrace();
            StackTraceElement top = st.length > 0 ? st[0] : null;
            if (top != null && FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
                System.out.println("PROVEN " + where);
            } else {
                System.out.println("NOT PROVEN " + where);
                System.err.println("top frame for " + where + ": " + top);
            }
        }
    }
}
