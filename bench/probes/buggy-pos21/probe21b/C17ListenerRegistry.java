package probe21b;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Process-wide registry of UI listeners, keyed weakly by the widget that owns them. */
public final class C17ListenerRegistry {

    private static final String FILE = "C17ListenerRegistry.java";

    /** Listener per widget; {@code null} before the first registration and after the last removal. */
    private static WeakHashMap<Object, Consumer<String>> listeners;
    /** Listeners selected by {@link #schedule}, notified by {@link #flush()}. */
    private static Stream<Consumer<String>> pending;
    private static String pendingEvent;

    static boolean hasListeners() {
        return listeners != null && !listeners.isEmpty();
    }

    /** Registers the listener of a widget and returns the widget. */
    static Object register(Object widget, Consumer<String> listener) {
        if (listeners == null) {
            listeners = new WeakHashMap<>();
        }
        listeners.put(widget, listener);
        return widget;
    }

    /** Removes a widget; the registry itself is released with its last listener. */
    static void unregister(Object widget) {
        if (listeners != null) {
            listeners.remove(widget);
            if (listeners.isEmpty()) {
                listeners = null;
            }
        }
    }

    /** Notifies the given widgets right away. */
    static void notifyNow(List<Object> widgets, String event) {
        if (hasListeners()) {
            widgets.stream().map(w -> listeners.get(w)).filter(Objects::nonNull).forEach(l -> l.accept(event));
        }
    }

    /** Selects the given widgets now; they are notified when the UI loop calls {@link #flush()}. */
    static void schedule(List<Object> widgets, String event) {
        if (hasListeners()) {
            pending = widgets.stream().map(w -> listeners.get(w)).filter(Objects::nonNull); // BUG
            pendingEvent = event;
        }
    }

    static int flush() {
        List<Consumer<String>> targets = pending == null ? List.of() : pending.toList();
        pending = null;
        targets.forEach(l -> l.accept(pendingEvent));
        return targets.size();
    }

    /** Moves a listener to the widget that replaces its owner. */
    static void transfer(Object from, Object to) {
        if (hasListeners()) {
            listeners.put(to, listeners.get(from));
            unregister(from);
        }
    }

    /** Moves a listener; the old owner is removed first so that it cannot fire twice. */
    static void handOver(Object from, Object to) {
        if (hasListeners()) {
            Consumer<String> listener = listeners.get(from);
            unregister(from);
            listeners.put(to, listener); // BUG
        }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        Object button = new Object();
        Object field = new Object();
        Object newField = new Object();
        register(button, log::add);
        register(field, log::add);
        notifyNow(List.of(button, field), "click");
        schedule(List.of(field), "focus");
        int n = flush();
        handOver(field, newField);
        transfer(button, newField);
        unregister(newField);
        System.out.println("safe: " + (n + flush()) + " " + log);

        prove(FILE, 54, () -> {
            Object menu = register(new Object(), log::add);
            schedule(List.of(menu), "open");
            unregister(menu);
            flush();
        });
        prove(FILE, 79, () -> handOver(register(new Object(), log::add), new Object()));
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
