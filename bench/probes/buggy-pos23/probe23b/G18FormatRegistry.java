package probe23b;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Serialisation library; the Externalizable no-arg constructor leaves the map null and readExternal skips empty tables. */
public class G18FormatRegistry {
    private static final String FILE = "G18FormatRegistry.java";
    private static final int L1 = 33;
    private static final int L2 = 41;

    public static final class Formats implements Externalizable {
        private static final long serialVersionUID = 2L;
        private LinkedHashMap<String, String> byExtension;

        /** Required by Externalizable. */
        public Formats() {
        }

        public Formats(Map<String, String> initial) {
            this.byExtension = new LinkedHashMap<>(initial);
        }

        String format(String ext) {
            return byExtension.getOrDefault(ext, "binary"); // BUG
        }

        String formatOrBinary(String ext) {
            return byExtension == null ? "binary" : byExtension.getOrDefault(ext, "binary");
        }

        void register(String ext, String format) {
            byExtension.put(ext, format); // BUG
        }

        void registerLazily(String ext, String format) {
            if (byExtension == null) {
                byExtension = new LinkedHashMap<>();
            }
            byExtension.put(ext, format);
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            Map<String, String> m = byExtension;
            out.writeInt(m == null ? 0 : m.size());
            if (m != null) {
                for (Map.Entry<String, String> e : m.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            int n = in.readInt();
            if (n == 0) {
                return;
            }
            byExtension = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                byExtension.put(in.readUTF(), in.readUTF());
            }
        }
    }

    static Formats copy(Formats f) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(f);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Formats) in.readObject();
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
        Formats f = new Formats(Map.of("json", "JSON"));
        f.register("yml", "YAML");
        assert "YAML".equals(f.format("yml"));
        Formats restored = copy(f);
        assert "JSON".equals(restored.format("json"));
        assert "binary".equals(restored.format("exe"));
        restored.register("csv", "CSV");
        Formats emptyCopy = copy(new Formats(Map.of()));
        assert "binary".equals(emptyCopy.formatOrBinary("json"));
        emptyCopy.registerLazily("xml", "XML");
        assert "XML".equals(emptyCopy.format("xml"));
        assert "binary".equals(new Formats().formatOrBinary("txt"));

        try {
            copy(new Formats(Map.of())).format("json");
            notThrown(L1);
        } catch (NullPointerException e) {
            check(e, L1);
        }
        try {
            new Formats().register("toml", "TOML");
            notThrown(L2);
        } catch (NullPointerException e) {
            check(e, L2);
        }
    }
}
