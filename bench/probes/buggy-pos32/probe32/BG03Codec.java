package probe32;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG03Codec {
    private static final String FILE = "BG03Codec.java";

    enum Mode { STRICT, COMPACT, VERBOSE }

    record Frame(int tag, Map<String, String> headers, String body) { }

    // wire-format registry shared by all codecs
    static final class Registry {
        static final Registry DEFAULT = new Registry("text", "base64", "hex");
        private static final Map<String, Integer> TAGS = new LinkedHashMap<>();

        private final String[] names;

        private Registry(String... names) {
            this.names = names.clone();
            for (String name : names) {
                TAGS.put(name, TAGS.size() + 1);
            }
        }

        static int tagOf(String name) {
            Map<String, Integer> tags = TAGS;
            return tags == null ? -1 : tags.getOrDefault(name, -1);
        }

        int formats() {
            return names.length;
        }
    }

    static final class TextCodec {
        private static final Map<String, String> ESCAPES = escapes();
        private final Mode mode;
        private final Map<String, String> escapes;
        private Map<String, Integer> dictionary;
        private int nextCode;

        TextCodec(Mode mode) {
            this.mode = mode;
            this.escapes = new LinkedHashMap<>(ESCAPES);
            this.dictionary = new HashMap<>();
        }

        // used by restore(): the caller fills in the remaining state
        private TextCodec(Mode mode, Map<String, String> escapes) {
            this.mode = mode;
            this.escapes = new LinkedHashMap<>(escapes);
        }

        private static Map<String, String> escapes() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("%", "%25");
            m.put("|", "%7C");
            m.put(";", "%3B");
            return m;
        }

        Frame frame(int tag, Map<String, String> headers, String body) {
            return new Frame(tag, mode == Mode.COMPACT ? null : headers, body);
        }

        String encode(Frame frame) {
            StringBuilder out = new StringBuilder().append(frame.tag()).append('|');
            frame.headers().forEach((k, v) -> out.append(escape(k)).append('=').append(escape(v)).append(';'));
            return out.append('|').append(escape(frame.body())).toString();
        }

        static int headerCount(Frame frame) {
            Map<String, String> headers = frame.headers();
            return headers == null ? 0 : headers.size();
        }

        String escape(String text) {
            String result = text;
            for (Map.Entry<String, String> e : escapes.entrySet()) {
                result = result.replace(e.getKey(), e.getValue());
            }
            return result;
        }

        int codeFor(String word) {
            return dictionary.computeIfAbsent(word, w -> nextCode++);
        }

        int dictionarySize() {
            Map<String, Integer> dict = dictionary;
            return dict == null ? 0 : dict.size();
        }

        Map<String, String> snapshot() {
            Map<String, String> state = new TreeMap<>();
            state.put("mode", mode.name());
            Map<String, Integer> dict = dictionary;
            if (dict != null) {
                dict.forEach((w, c) -> state.put("dict." + w, Integer.toString(c)));
            }
            return state;
        }

        static TextCodec restore(Map<String, String> state) {
            TextCodec codec = new TextCodec(Mode.valueOf(state.getOrDefault("mode", "STRICT")), ESCAPES);
            for (Map.Entry<String, String> e : state.entrySet()) {
                if (e.getKey().startsWith("dict.")) {
                    int code = Integer.parseInt(e.getValue());
                    if (codec.dictionary == null) {
                        codec.dictionary = new HashMap<>();
                    }
                    codec.dictionary.put(e.getKey().substring(5), code);
                    codec.nextCode = Math.max(codec.nextCode, code + 1);
                }
            }
            return codec;
        }
    }

    public static void main(String[] args) throws Exception {
        TextCodec verbose = new TextCodec(Mode.VERBOSE);
        Frame f = verbose.frame(7, Map.of("trace", "a|b"), "x;y&z");
        System.out.println(verbose.encode(f) + " headers=" + TextCodec.headerCount(f));
        System.out.println("codes=" + verbose.codeFor("alpha") + "," + verbose.codeFor("beta") + "," + verbose.codeFor("alpha"));
        TextCodec restored = TextCodec.restore(verbose.snapshot());
        System.out.println("restored dict=" + restored.dictionarySize() + " next=" + restored.codeFor("gamma"));
        TextCodec compact = new TextCodec(Mode.COMPACT);
        Frame small = compact.frame(3, Map.of("k", "v"), "body");
        System.out.println("compact headers=" + TextCodec.headerCount(small) + " escaped=" + compact.escape("a%b"));

        expectNpe(26, () -> System.out.println(Registry.tagOf("hex") + Registry.DEFAULT.formats()));
        expectNpe(73, () -> compact.encode(small));
        TextCodec fresh = TextCodec.restore(new TextCodec(Mode.STRICT).snapshot());
        System.out.println("fresh dict=" + fresh.dictionarySize());
        expectNpe(91, () -> fresh.codeFor("delta"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
