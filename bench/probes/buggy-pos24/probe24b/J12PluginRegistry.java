package probe24b;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;

public class J12PluginRegistry implements Serializable, Cloneable {

    private static final long serialVersionUID = 1L;

    interface Plugin {
        String id();
    }

    record SpellCheck(String id) implements Plugin {
    }

    record Theme(String id) implements Plugin {
    }

    private ArrayList<String> enabled = new ArrayList<>();
    private transient IdentityHashMap<Class<?>, Plugin> instances = new IdentityHashMap<>();

    void register(Plugin p) {
        instances.put(p.getClass(), p); // BUG
        enabled.add(p.getClass().getSimpleName() + ":" + p.id());
    }

    void install(Plugin p) {
        if (instances == null) {
            reload();
        }
        instances.put(p.getClass(), p);
        enabled.add(p.getClass().getSimpleName() + ":" + p.id());
    }

    Plugin lookup(Class<? extends Plugin> type) {
        return instances.get(type); // BUG
    }

    boolean isLoaded(Class<? extends Plugin> type) {
        return instances != null && instances.containsKey(type);
    }

    void reload() {
        if (instances == null) {
            instances = new IdentityHashMap<>();
        }
        for (String entry : enabled) {
            String[] parts = entry.split(":", 2);
            Plugin p = parts[0].equals("Theme") ? new Theme(parts[1]) : new SpellCheck(parts[1]);
            instances.put(p.getClass(), p);
        }
    }

    int loadedCount() {
        return instances == null ? 0 : instances.size();
    }

    @Override
    public J12PluginRegistry clone() {
        try {
            J12PluginRegistry copy = (J12PluginRegistry) super.clone();
            copy.enabled = new ArrayList<>(enabled);
            copy.instances = null;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    static J12PluginRegistry roundTrip(J12PluginRegistry registry) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(registry);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (J12PluginRegistry) in.readObject();
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        boolean ea = false;
        assert ea = true;
        if (!ea) throw new IllegalStateException("run with -ea");
        J12PluginRegistry reg = new J12PluginRegistry();
        reg.register(new SpellCheck("en-GB"));
        reg.register(new Theme("dark"));
        assert reg.lookup(Theme.class).id().equals("dark") && reg.loadedCount() == 2;
        J12PluginRegistry window2 = reg.clone();
        assert !window2.isLoaded(Theme.class) && window2.loadedCount() == 0;
        window2.install(new Theme("light"));
        assert window2.lookup(Theme.class).id().equals("light") && window2.isLoaded(SpellCheck.class);
        assert reg.enabled.size() == 2 && window2.enabled.size() == 3;
        J12PluginRegistry restored = roundTrip(reg);
        assert !restored.isLoaded(SpellCheck.class) && restored.enabled.size() == 2;
        restored.reload();
        assert restored.lookup(SpellCheck.class).id().equals("en-GB") && restored.loadedCount() == 2;

        try {
            reg.clone().register(new Theme("solarized"));
            missed(30);
        } catch (NullPointerException e) { report(e, 30); }
        try {
            roundTrip(reg).lookup(Theme.class);
            missed(43);
        } catch (NullPointerException e) { report(e, 43); }
    }

    private static final String FILE = "J12PluginRegistry.java";

    private static void report(NullPointerException e, int line) {
        StackTraceElement top = e.getStackTrace()[0];
        boolean proven = FILE.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + FILE + ":" + line);
        if (!proven) {
            System.err.println("top frame: " + top);
        }
    }

    private static void missed(int line) {
        System.out.println("NOT PROVEN " + FILE + ":" + line);
        System.err.println("no NullPointerException for " + FILE + ":" + line);
    }
}
