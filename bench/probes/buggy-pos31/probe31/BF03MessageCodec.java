package probe31;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Message codec: wraps payloads in frames with headers and encodes them with a
 * named wire format whose options come from a static option table.
 */
public final class BF03MessageCodec {

    static final Map<String, Map<String, String>> OPTIONS_BY_CODEC = Map.of(
            "json", Map.of("maxFrame", "1024", "pretty", "false"),
            "cbor", Map.of("maxFrame", "4096"));

    /** Wire formats and their MIME types, registered while the class initialises. */
    static final class Builtins {
        static final String DEFAULT = register("json", "application/json");
        private static final Map<String, String> MIME = new HashMap<>();

        static {
            MIME.put("cbor", "application/cbor");
        }

        static String register(String name, String mimeType) {
            MIME.put(name, mimeType);
            return name;
        }

        static String mimeOf(String name) {
            Map<String, String> table = MIME;
            return table == null ? "application/octet-stream" : table.getOrDefault(name, "application/octet-stream");
        }
    }

    static final class Frame {
        final String payload;
        final Map<String, String> headers;

        Frame(String payload, Map<String, String> headers) {
            this.payload = payload;
            this.headers = headers;
        }
    }

    private final String codecName;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private final Map<String, String> options;

    BF03MessageCodec(String codecName) {
        this.codecName = codecName;
        this.options = OPTIONS_BY_CODEC.get(codecName);
        defaultHeaders.put("codec", codecName);
    }

    Frame frame(String payload) {
        return new Frame(payload, new LinkedHashMap<>(defaultHeaders));
    }

    /** Keep-alive frames are sent bare, without a header block. */
    Frame heartbeat() {
        return new Frame("", null);
    }

    String encode(Frame frame) {
        StringBuilder out = new StringBuilder();
        frame.headers.forEach((k, v) -> out.append(k).append('=').append(v).append(';'));
        return out.append('|').append(frame.payload).toString();
    }

    String encodeCompact(Frame frame) {
        Map<String, String> headers = frame.headers;
        if (headers == null || headers.isEmpty()) {
            return codecName + ":|" + frame.payload;
        }
        return encode(frame);
    }

    int headerCount(Frame frame) {
        return frame.headers == null ? 0 : frame.headers.size();
    }

    String option(String key) {
        return options != null ? options.get(key) : null;
    }

    int maxFrameSize() {
        return Integer.parseInt(options.getOrDefault("maxFrame", "65536"));
    }

    boolean fits(Frame frame) {
        int limit = options == null ? 65536 : Integer.parseInt(options.getOrDefault("maxFrame", "65536"));
        return encodeCompact(frame).length() <= limit;
    }

    public static void main(String[] args) {
        BF03MessageCodec json = new BF03MessageCodec("json");
        Frame data = json.frame("{\"a\":1}");
        System.out.println(json.encode(data) + " max=" + json.maxFrameSize() + " pretty=" + json.option("pretty"));
        Frame beat = json.heartbeat();
        System.out.println("beat=" + json.encodeCompact(beat) + " headers=" + json.headerCount(beat)
                + " fits=" + json.fits(beat));
        BF03MessageCodec raw = new BF03MessageCodec("raw");
        System.out.println("raw option=" + raw.option("maxFrame") + " compact=" + raw.encodeCompact(raw.frame("x"))
                + " fits=" + raw.fits(raw.frame("y")));

        int proved = 0;
        proved += expect(28, () -> System.out.println(Builtins.mimeOf("json")));
        proved += expect(69, () -> json.encode(json.heartbeat()));
        proved += expect(90, () -> new BF03MessageCodec("raw").maxFrameSize());
        if (proved != 3) {
            throw new AssertionError("proved " + proved + " of 3");
        }
    }

    private static final String FILE = "BF03MessageCodec.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
