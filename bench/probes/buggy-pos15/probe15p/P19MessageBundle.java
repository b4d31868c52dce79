package probe15p;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class P19MessageBundle {
    private final Locale locale;
    private final P19MessageBundle parent;
    private Map<String, String> messages;

    private P19MessageBundle(Locale locale, P19MessageBundle parent) {
        this.locale = locale;
        this.parent = parent;
    }

    public static P19MessageBundle root(Map<String, String> defaults) {
        P19MessageBundle bundle = new P19MessageBundle(Locale.ROOT, null);
        defaults.forEach(bundle::define);
        return bundle;
    }

    public P19MessageBundle child(Locale childLocale) {
        return new P19MessageBundle(childLocale, this);
    }

    public P19MessageBundle define(String key, String pattern) {
        if (messages == null) messages = new HashMap<>();
        messages.put(key, pattern);
        return this;
    }

    public String format(String key, Object... args) {
        for (P19MessageBundle b = this; b != null; b = b.parent) {
            String pattern = b.messages == null ? null : b.messages.get(key);
            if (pattern != null) return String.format(b.locale, pattern, args);
        }
        return "!" + key + "!";
    }

    public Set<String> keys() {
        Set<String> all = parent == null ? new TreeSet<>() : parent.keys();
        all.addAll(messages.keySet()); // BUG
        return all;
    }

    public void exportTo(Map<String, String> target) {
        messages.forEach(target::putIfAbsent); // BUG
        if (parent != null) parent.exportTo(target);
    }

    public void mergeFrom(P19MessageBundle other) {
        if (other.messages == null) return;
        if (messages == null) messages = new HashMap<>();
        messages.putAll(other.messages);
    }

    public static void main(String[] args) {
        P19MessageBundle root = root(Map.of("greeting", "Hello %s", "bye", "Goodbye"));
        P19MessageBundle german = root.child(Locale.GERMAN).define("greeting", "Hallo %s");
        Map<String, String> exported = new TreeMap<>();
        german.exportTo(exported);
        System.out.println(german.format("greeting", "Ada") + " " + german.keys() + " " + exported);

        P19MessageBundle austrian = german.child(new Locale("de", "AT"));
        System.out.println(austrian.format("greeting", "Franz") + " / " + austrian.format("bye"));
        P19MessageBundle swiss = german.child(new Locale("de", "CH"));
        swiss.mergeFrom(austrian);
        swiss.mergeFrom(german);
        System.out.println(swiss.keys());
        prove(() -> austrian.keys());
        prove(() -> austrian.exportTo(new TreeMap<>()));
    }

    private static void prove(Runnable action) {
        try {
            action.run();
            System.out.println("NOT-THROWN");
        } catch (Throwable t) {
            Throwable c = t;
            while (c != null && !(c instanceof NullPointerException)) c = c.getCause();
            if (c == null) { System.out.println("OTHER " + t); return; }
            StackTraceElement top = c.getStackTrace()[0];
            System.out.println("PROVEN " + top.getFileName() + ":" + top.getLineNumber());
        }
    }
}
