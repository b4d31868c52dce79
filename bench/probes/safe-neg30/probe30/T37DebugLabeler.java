package probe30;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** Gives objects short, stable, identity-based labels for debug logs (equal objects get distinct labels). */
public final class T37DebugLabeler {
    private IdentityHashMap<Object, String> labels; // created on first use, dropped by reset()
    private int next;

    public String label(Object o) {
        if (o == null) return "null";
        if (labels == null) labels = new IdentityHashMap<>();
        String existing = labels.get(o);
        if (existing != null) return existing;
        String created = o.getClass().getSimpleName() + "#" + (++next);
        labels.put(o, created);
        return created;
    }

    public boolean isLabelled(Object o) {
        return labels != null && labels.containsKey(o);
    }

    public String describe(List<?> objects) {
        return objects.stream().map(this::label).collect(Collectors.joining(", ", "[", "]"));
    }

    public int labelledCount() {
        return labels == null ? 0 : labels.size();
    }

    public void reset() {
        labels = null;
        next = 0;
    }

    public static void main(String[] args) {
        T37DebugLabeler dbg = new T37DebugLabeler();
        assert dbg.labelledCount() == 0;
        String a = new StringBuilder("k").toString();
        String b = new StringBuilder("k").toString(); // equal to a, but a different object
        assert !dbg.isLabelled(a);
        dbg.reset();

        assert dbg.label(a).equals("String#1");
        assert dbg.label(b).equals("String#2");
        assert dbg.label(a).equals("String#1");
        assert dbg.label(null).equals("null");
        assert dbg.isLabelled(a) && dbg.isLabelled(b) && !dbg.isLabelled("other");
        Integer big = Integer.valueOf(100_000);
        assert dbg.describe(List.of(a, big, b)).equals("[String#1, Integer#3, String#2]");
        assert dbg.labelledCount() == 3;

        dbg.reset();
        assert dbg.labelledCount() == 0 && !dbg.isLabelled(a);
        assert dbg.describe(List.of()).equals("[]");
        assert dbg.describe(List.of(b)).equals("[String#1]");
        System.out.println("T37 ok");
    }
}
