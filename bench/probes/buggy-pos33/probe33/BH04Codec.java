package probe33;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public class BH04Codec {
    static final class Codecs {
        static final Codecs DEFAULT = new Codecs("json");
        private static final Map<String, Integer> TYPE_IDS = new HashMap<>();

        private final String name;

        private Codecs(String name) {
            this.name = name;
            TYPE_IDS.put(name, TYPE_IDS.size() + 1);
        }

        static int idOf(String name) {
            return TYPE_IDS.getOrDefault(name, -1);
        }

        String name() {
            return name;
        }
    }

    static final class FrameCodec implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String charset;
        private final LinkedHashMap<String, Integer> dictionary = new LinkedHashMap<>();
        private transient HashMap<Integer, String> decodeCache = new HashMap<>();

        FrameCodec(String charset) {
            this.charset = charset;
        }

        int encode(String word) {
            Integer id = dictionary.get(word);
            if (id == null) {
                id = dictionary.size();
                dictionary.put(word, id);
            }
            return id;
        }

        String decode(int id) {
            String hit = decodeCache.get(id);
            if (hit != null) {
                return hit;
            }
            for (Map.Entry<String, Integer> e : dictionary.entrySet()) {
                if (e.getValue() == id) {
                    remember(id, e.getKey());
                    return e.getKey();
                }
            }
            return null;
        }

        private void remember(int id, String word) {
            HashMap<Integer, String> cache = decodeCache;
            if (cache != null) {
                cache.put(id, word);
            }
        }

        int cachedEntries() {
            return decodeCache == null ? 0 : decodeCache.size();
        }

        byte[] toBytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(this);
            }
            return bytes.toByteArray();
        }

        static FrameCodec fromBytes(byte[] data) throws IOException, ClassNotFoundException {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                return (FrameCodec) in.readObject();
            }
        }
    }

    static final class Charsets {
        private static final Map<String, Integer> WIDTHS = new LinkedHashMap<>();
        static final Charsets UTF8 = new Charsets("utf-8", 4);
        static final Charsets LATIN1 = new Charsets("latin-1", 1);

        private final String name;

        private Charsets(String name, int width) {
            this.name = name;
            WIDTHS.put(name, width);
        }

        static int widthOf(String name) {
            return WIDTHS.getOrDefault(name, 1);
        }

        String name() {
            return name;
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Charsets.widthOf("utf-8") + " " + Charsets.LATIN1.name());
        FrameCodec codec = new FrameCodec(Charsets.UTF8.name());
        int hello = codec.encode("hello");
        int world = codec.encode("world");
        System.out.println(codec.decode(world) + " " + codec.decode(hello) + " " + codec.cachedEntries());
        FrameCodec restored = FrameCodec.fromBytes(codec.toBytes());
        System.out.println(restored.encode("world") + " " + restored.cachedEntries() + " " + restored.charset);

        expect(23, () -> System.out.println(Codecs.idOf("json")));
        expect(56, () -> restored.decode(hello));
    }

    private static final String FILE = "BH04Codec.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
