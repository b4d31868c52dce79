package probe23b;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Servlet-container style session whose readObject restores the transient map only when non-empty. */
public class G02SessionStore {
    private static final String FILE = "G02SessionStore.java";
    private static final int L1 = 36;
    private static final int L2 = 51;

    static final class Session implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private transient Map<String, String> attributes = new HashMap<>();

        Session(String id) {
            this.id = id;
        }

        void setAttribute(String name, String value) {
            if (attributes == null) {
                attributes = new HashMap<>();
            }
            attributes.put(name, value);
        }

        String getAttribute(String name) {
            return attributes.get(name); // BUG
        }

        String getAttributeOrNull(String name) {
            return attributes == null ? null : attributes.get(name);
        }

        void removeAttribute(String name) {
            if (attributes != null) {
                attributes.remove(name);
            }
        }

        TreeSet<String> attributeNames() {
            TreeSet<String> names = new TreeSet<>();
            for (String n : attributes.keySet()) { // BUG
                names.add(n);
            }
            return names;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            Map<String, String> a = attributes;
            out.writeInt(a == null ? 0 : a.size());
            if (a != null) {
                for (Map.Entry<String, String> e : a.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int n = in.readInt();
            if (n > 0) {
                attributes = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    attributes.put(in.readUTF(), in.readUTF());
                }
            }
        }
    }

    static Session roundTrip(Session s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Session) in.readObject();
        }
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

    public static void main(String[] args) throws Exception {
        Session live = new Session("s1");
        live.setAttribute("user", "ann");
        assert "ann".equals(live.getAttribute("user"));
        Session restored = roundTrip(live);
        assert "ann".equals(restored.getAttribute("user"));
        assert restored.attributeNames().contains("user");
        restored.removeAttribute("user");
        assert restored.getAttributeOrNull("user") == null;
        Session empty = roundTrip(new Session("s2"));
        assert empty.getAttributeOrNull("user") == null;
        empty.removeAttribute("user");
        empty.setAttribute("cart", "3");
        assert "3".equals(empty.getAttribute("cart"));
        assert empty.attributeNames().size() == 1;

        try {
            roundTrip(new Session("s3")).getAttribute("user");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            roundTrip(new Session("s4")).attributeNames();
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
