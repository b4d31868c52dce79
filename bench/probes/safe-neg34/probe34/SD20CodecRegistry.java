package probe34;

import java.util.HashMap;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Media-type codec registry; a final constructor flag decides which of two maps is ever allocated. */
public class SD20CodecRegistry {
    private final boolean caseInsensitive;
    private TreeMap<String, String> folded;  // only allocated when caseInsensitive
    private HashMap<String, String> exact;   // only allocated when !caseInsensitive (keys normalised to lower case)
    private boolean closed;

    public SD20CodecRegistry(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
        allocate();
    }

    private void allocate() {
        if (caseInsensitive) {
            folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        } else {
            exact = new HashMap<>();
        }
    }

    public void register(String mediaType, String codec) {
        if (closed) {
            throw new IllegalStateException("registry closed");
        }
        if (!mediaType.contains("/")) {
            throw new IllegalArgumentException("not a media type: " + mediaType);
        }
        if (caseInsensitive) {
            folded.put(mediaType, codec);
        } else {
            exact.put(mediaType.toLowerCase(Locale.ROOT), codec);
        }
    }

    public String codecFor(String mediaType) {
        if (closed) {
            throw new IllegalStateException("registry closed");
        }
        String codec = caseInsensitive ? folded.get(mediaType) : exact.get(mediaType.toLowerCase(Locale.ROOT));
        if (codec == null) {
            throw new NoSuchElementException("no codec for " + mediaType);
        }
        return codec;
    }

    public int size() {
        if (closed) {
            return 0;
        }
        return caseInsensitive ? folded.size() : exact.size();
    }

    public void close() {
        closed = true;
        folded = null;
        exact = null;
    }

    public void reopen() {
        if (closed) {
            allocate();
            closed = false;
        }
    }

    public boolean isClosed() {
        return closed;
    }

    private static void exerciseClosed(SD20CodecRegistry r) {
        check(r.isClosed() && r.size() == 0, "closed");
        expect(IllegalStateException.class, () -> r.register("application/json", "jackson"));
        expect(IllegalStateException.class, () -> r.codecFor("application/json"));
        r.close();
    }

    private static void exerciseOpen(SD20CodecRegistry r, String lookupKey, boolean expectHit) {
        check(!r.isClosed(), "open");
        r.register("application/json", "jackson");
        r.register("text/plain", "utf8");
        expect(IllegalArgumentException.class, () -> r.register("json", "x"));
        check(r.size() == 2, "two codecs");
        if (expectHit) {
            check("jackson".equals(r.codecFor(lookupKey)), "lookup " + lookupKey);
        } else {
            expect(NoSuchElementException.class, () -> r.codecFor(lookupKey));
        }
        expect(NoSuchElementException.class, () -> r.codecFor("image/png"));
        r.reopen(); // no-op while open
    }

    public static void main(String[] args) {
        for (boolean insensitive : new boolean[] {true, false}) {
            SD20CodecRegistry registry = new SD20CodecRegistry(insensitive);
            exerciseOpen(registry, "Application/JSON", true);
            registry.close();
            exerciseClosed(registry);
            registry.close();
            exerciseClosed(registry);
            registry.reopen();
            check(registry.size() == 0, "reopened registry is empty");
            exerciseOpen(registry, "APPLICATION/json", true);
            registry.close();
            exerciseClosed(registry);
        }
        SD20CodecRegistry normalised = new SD20CodecRegistry(false);
        normalised.register("Text/Html", "html");
        check("html".equals(normalised.codecFor("TEXT/HTML")), "normalised lookup");
        normalised.close();
        expect(IllegalStateException.class, () -> normalised.codecFor("text/html"));
        System.out.println("SD20CodecRegistry ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException
                | NoSuchElementException | UnsupportedOperationException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
