package probe36;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;

/** Streaming JSON writer (Gson JsonWriter style) with duplicate-member detection. The member map of the innermost
 *  object is non-null exactly when the context stack's top is OBJECT (saved/restored around nested containers,
 *  dropped inside arrays and at top level). Every use checks the stack top. */
public final class SF39JsonWriter {
    private enum Context { ARRAY, OBJECT }

    private final Deque<Context> stack = new ArrayDeque<>();
    private final Deque<HashMap<String, Integer>> enclosingMembers = new ArrayDeque<>();
    private HashMap<String, Integer> members; // names in the innermost object; non-null iff stack.peek() == OBJECT
    private final StringBuilder out = new StringBuilder();
    private boolean expectingValue;
    private boolean complete;

    private void beforeValue() {
        if (complete) {
            throw new IllegalStateException("document already complete");
        }
        if (stack.peek() == Context.OBJECT) {
            if (!expectingValue) {
                throw new IllegalStateException("object member value without a name");
            }
            expectingValue = false;
        } else if (stack.peek() == Context.ARRAY) {
            comma();
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void comma() {
        if ("[{".indexOf(out.charAt(out.length() - 1)) < 0) {
            out.append(',');
        }
    }

    private void open(Context context, char bracket) {
        beforeValue();
        if (stack.peek() == Context.OBJECT) {
            enclosingMembers.push(members);
        }
        stack.push(context);
        members = context == Context.OBJECT ? new HashMap<>() : null;
        out.append(bracket);
    }

    private void close(Context context, char bracket) {
        if (stack.peek() != context || expectingValue) {
            throw new IllegalStateException("cannot close " + context + " here");
        }
        stack.pop();
        members = stack.peek() == Context.OBJECT ? enclosingMembers.pop() : null;
        out.append(bracket);
        complete = stack.isEmpty();
    }

    public SF39JsonWriter beginObject() { open(Context.OBJECT, '{'); return this; }
    public SF39JsonWriter endObject() { close(Context.OBJECT, '}'); return this; }
    public SF39JsonWriter beginArray() { open(Context.ARRAY, '['); return this; }
    public SF39JsonWriter endArray() { close(Context.ARRAY, ']'); return this; }

    public SF39JsonWriter name(String name) {
        if (stack.peek() != Context.OBJECT || expectingValue) {
            throw new IllegalStateException("member name not allowed here");
        }
        if (members.putIfAbsent(name, members.size()) != null) {
            throw new IllegalArgumentException("duplicate member \"" + name + "\"");
        }
        comma();
        out.append(quote(name)).append(':');
        expectingValue = true;
        return this;
    }

    public SF39JsonWriter value(Object scalar) {
        beforeValue();
        out.append(scalar instanceof String s ? quote(s) : String.valueOf(scalar));
        complete = stack.isEmpty();
        return this;
    }

    public int membersInCurrentObject() {
        if (stack.peek() != Context.OBJECT) {
            throw new IllegalStateException("not inside an object");
        }
        return members.size();
    }

    public String toJson() {
        if (!complete) {
            throw new IllegalStateException("document incomplete");
        }
        return out.toString();
    }

    public void reset() {
        stack.clear();
        enclosingMembers.clear();
        members = null;
        out.setLength(0);
        expectingValue = false;
        complete = false;
    }

    public static void main(String[] args) {
        SF39JsonWriter w = new SF39JsonWriter();
        for (int round = 0; round < 2; round++) {
            // Phase 1 (and after reset()): top level, no member map.
            expect(IllegalStateException.class, () -> w.name("a"));
            expect(IllegalStateException.class, w::membersInCurrentObject);
            expect(IllegalStateException.class, w::toJson);
            // Phase 2: inside an object.
            w.beginObject().name("id").value(7);
            expect(IllegalArgumentException.class, () -> w.name("id"));
            check(w.name("tags").membersInCurrentObject() == 2, "two members so far");
            expect(IllegalStateException.class, () -> w.name("other"));
            // Phase 3: inside an array the map is dropped...
            w.beginArray().value("x");
            expect(IllegalStateException.class, () -> w.name("inArray"));
            expect(IllegalStateException.class, w::membersInCurrentObject);
            w.beginObject().name("id").value(null).endObject(); // nested object: its own map
            // Phase 4: ...and the enclosing object's map is restored when the array closes.
            check(w.endArray().membersInCurrentObject() == 2, "restored enclosing map");
            expect(IllegalArgumentException.class, () -> w.name("tags"));
            w.name("ok").value(true).endObject();
            check(w.toJson().equals("{\"id\":7,\"tags\":[\"x\",{\"id\":null}],\"ok\":true}"), "json " + w.out);
            expect(IllegalStateException.class, () -> w.name("late"));
            w.reset();
        }
        w.beginArray().value(1).endArray();
        check(w.toJson().equals("[1]"), "array document");
        expect(IllegalStateException.class, w::endObject);
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
