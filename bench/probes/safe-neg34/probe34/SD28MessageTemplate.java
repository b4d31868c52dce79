package probe34;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** Prototype-based message template: only copies made by the copy constructor carry bindings. */
public class SD28MessageTemplate {
    private final String pattern;
    private SD28MessageTemplate origin;    // the prototype this copy came from; null for prototypes
    private Map<String, String> bindings;  // created by the copy constructor together with origin

    public SD28MessageTemplate(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("pattern required");
        }
        this.pattern = pattern;
    }

    /** Copy constructor: a copy of a prototype starts unbound, a copy of a copy inherits its bindings. */
    public SD28MessageTemplate(SD28MessageTemplate source) {
        this.pattern = source.pattern;
        this.bindings = new LinkedHashMap<>();
        if (source.origin != null) {
            this.bindings.putAll(source.bindings);
            this.origin = source.origin;
        } else {
            this.origin = source;
        }
    }

    public SD28MessageTemplate bind(String name, String value) {
        if (origin == null) {
            throw new UnsupportedOperationException("prototypes are read-only; copy() first");
        }
        bindings.put(name, value);
        return this;
    }

    public String render() {
        if (origin == null) {
            return pattern;
        }
        String out = pattern;
        for (Map.Entry<String, String> e : bindings.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    public int boundCount() {
        return origin == null ? 0 : bindings.size();
    }

    public boolean isPrototype() {
        return origin == null;
    }

    public SD28MessageTemplate copy() {
        return new SD28MessageTemplate(this);
    }

    /** Detaches a copy from its prototype; it becomes a read-only prototype itself. */
    public void release() {
        origin = null;
        bindings = null;
    }

    private static void exercisePrototype(SD28MessageTemplate t) {
        check(t.isPrototype() && t.boundCount() == 0, "prototype");
        check("Hello ${name}, you owe ${amount}".equals(t.render()), "prototype renders raw pattern");
        expect(UnsupportedOperationException.class, () -> t.bind("name", "x"));
        t.release();
    }

    public static void main(String[] args) {
        expect(IllegalArgumentException.class, () -> new SD28MessageTemplate(""));
        SD28MessageTemplate proto = new SD28MessageTemplate("Hello ${name}, you owe ${amount}");
        exercisePrototype(proto);

        SD28MessageTemplate mail = proto.copy().bind("name", "Ann");
        check(!mail.isPrototype() && mail.boundCount() == 1, "copy is bound");
        check("Hello Ann, you owe ${amount}".equals(mail.render()), mail.render());
        SD28MessageTemplate full = new SD28MessageTemplate(mail).bind("amount", "$5");
        check("Hello Ann, you owe $5".equals(full.render()) && full.boundCount() == 2, "copy of copy");
        check(mail.boundCount() == 1, "copies are independent");
        exercisePrototype(proto);

        mail.release();
        exercisePrototype(mail);
        mail.release();
        exercisePrototype(mail);

        SD28MessageTemplate again = mail.copy();
        check(!again.isPrototype() && again.boundCount() == 0, "released template can be copied again");
        check("Hello Bo, you owe ${amount}".equals(again.bind("name", "Bo").render()), "recreated bindings");
        check(again.copy().boundCount() == 1, "copy keeps bindings");
        full.release();
        exercisePrototype(full);
        System.out.println("SD28MessageTemplate ok");
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
