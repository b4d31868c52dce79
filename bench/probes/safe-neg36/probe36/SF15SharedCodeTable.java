package probe36;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Decoding table shared by several codec instances (native-library style): built by the first acquire(),
 * freed by the last release(). Every use checks the reference count, never the table.
 */
public final class SF15SharedCodeTable {
    private static final String ALPHABET = "etaoinshrdlu";

    private int refs;
    private HashMap<Integer, Character> table; // non-null exactly while refs > 0
    private int builds;

    public void acquire() {
        if (refs == 0) {
            HashMap<Integer, Character> built = new HashMap<>();
            for (int code = 0; code < ALPHABET.length(); code++) {
                built.put(code, ALPHABET.charAt(code));
            }
            table = built;
            builds++;
        }
        refs++;
    }

    public void release() {
        if (refs == 0) {
            throw new IllegalStateException("release() without acquire()");
        }
        refs--;
        if (refs == 0) {
            table = null;
        }
    }

    public String decode(int... codes) {
        if (refs == 0) {
            throw new IllegalStateException("code table not acquired");
        }
        StringBuilder text = new StringBuilder();
        for (int code : codes) {
            Character ch = table.get(code);
            if (ch == null) {
                throw new IllegalArgumentException("invalid code " + code);
            }
            text.append(ch.charValue());
        }
        return text.toString();
    }

    public int encode(char ch) {
        if (refs == 0) {
            throw new IllegalStateException("code table not acquired");
        }
        for (Map.Entry<Integer, Character> entry : table.entrySet()) {
            if (entry.getValue() == ch) {
                return entry.getKey();
            }
        }
        throw new NoSuchElementException("no code for '" + ch + "'");
    }

    public int symbols() {
        return refs > 0 ? table.size() : 0;
    }

    /** A codec instance holds one reference for its lifetime. */
    static final class Codec implements AutoCloseable {
        private final SF15SharedCodeTable shared;

        Codec(SF15SharedCodeTable shared) {
            this.shared = shared;
            shared.acquire();
        }

        String decode(int... codes) {
            return shared.decode(codes);
        }

        @Override
        public void close() {
            shared.release();
        }
    }

    public static void main(String[] args) {
        SF15SharedCodeTable shared = new SF15SharedCodeTable();
        // Phase 1: nobody holds the table.
        expect(IllegalStateException.class, () -> shared.decode(0));
        expect(IllegalStateException.class, () -> shared.encode('e'));
        expect(IllegalStateException.class, shared::release);
        check(shared.symbols() == 0, "no symbols before acquire");
        for (int cycle = 0; cycle < 2; cycle++) {
            // Phase 2 (Phase 4 on the second pass): held by two codecs.
            try (Codec first = new Codec(shared)) {
                check(first.decode(0, 1, 2).equals("eta"), "decode eta");
                try (Codec second = new Codec(shared)) {
                    check(second.decode(shared.encode('h'), shared.encode('i')).equals("hi"), "round trip");
                    expect(IllegalArgumentException.class, () -> second.decode(99));
                }
                check(shared.symbols() == ALPHABET.length(), "still built after the inner release");
                expect(NoSuchElementException.class, () -> shared.encode('z'));
            }
            // Phase 3: released by everyone (twice over the loop).
            check(shared.symbols() == 0, "freed");
            expect(IllegalStateException.class, () -> shared.decode(1));
            expect(IllegalStateException.class, () -> shared.encode('t'));
            expect(IllegalStateException.class, shared::release);
        }
        shared.acquire();
        check(shared.decode(3).equals("o") && shared.builds == 3, "rebuilt a third time");
        shared.release();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
