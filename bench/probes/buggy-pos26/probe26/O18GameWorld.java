package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class O18GameWorld {

    record Prefab(String name, Map<String, Integer> defaults) {
        static Prefab of(String name, Map<String, Integer> defaults) {
            return new Prefab(name, new LinkedHashMap<>(defaults));
        }

        static Prefab marker(String name) {
            return new Prefab(name, null);
        }

        boolean isMarker() {
            return defaults == null;
        }
    }

    private final Map<String, Map<Integer, Integer>> components = new HashMap<>();
    private final Map<String, Prefab> prefabs = new HashMap<>();
    private int nextEntity;

    public void defineComponent(String type) {
        components.putIfAbsent(type, new TreeMap<>());
    }

    public void removeComponentType(String type) {
        components.remove(type);
    }

    public void registerPrefab(Prefab p) {
        prefabs.put(p.name(), p);
    }

    public int spawn(String prefabName) {
        Prefab p = prefabs.get(prefabName);
        if (p == null) {
            throw new IllegalArgumentException("no prefab " + prefabName);
        }
        int id = ++nextEntity;
        for (Map.Entry<String, Integer> e : p.defaults().entrySet()) {
            set(id, e.getKey(), e.getValue());
        }
        return id;
    }

    public void set(int entity, String type, int value) {
        components.get(type).put(entity, value);
    }

    public int get(int entity, String type) {
        Map<Integer, Integer> store = components.get(type);
        return store == null ? 0 : store.getOrDefault(entity, 0);
    }

    public int countWith(String type) {
        Map<Integer, Integer> store = components.get(type);
        return store == null ? 0 : store.size();
    }

    public void tick() {
        Map<Integer, Integer> pos = components.get("x");
        Map<Integer, Integer> vel = components.get("vx");
        if (vel == null) {
            return;
        }
        for (Map.Entry<Integer, Integer> e : vel.entrySet()) {
            pos.merge(e.getKey(), e.getValue(), Integer::sum);
        }
    }

    public int describePrefabs(StringBuilder out) {
        int markers = 0;
        for (Prefab p : prefabs.values()) {
            if (p.isMarker()) {
                markers++;
                out.append(p.name()).append(" (marker) ");
            } else {
                out.append(p.name()).append(p.defaults().keySet()).append(' ');
            }
        }
        return markers;
    }

    private interface Check {
        void run() throws Exception;
    }

    private static int failed;

    private static void expectNpe(int line, Check check) {
        Throwable t = null;
        try {
            check.run();
        } catch (NullPointerException e) {
            t = e;
        } catch (Exception e) {
            t = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        }
        StackTraceElement top = t == null || t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        if (t instanceof NullPointerException && top != null
                && "O18GameWorld.java".equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG O18GameWorld.java:" + line + " OK");
        } else {
            System.out.println("MISS O18GameWorld.java:" + line + " got " + t + " at " + top);
            failed++;
        }
    }

    public static void main(String[] args) {
        O18GameWorld world = new O18GameWorld();
        world.tick();
        world.defineComponent("x");
        world.defineComponent("vx");
        world.defineComponent("hp");
        world.registerPrefab(Prefab.of("orc", Map.of("x", 0, "vx", 2, "hp", 30)));
        world.registerPrefab(Prefab.marker("spawn-point"));
        int orc = world.spawn("orc");
        world.tick();
        world.tick();
        if (world.get(orc, "x") != 4 || world.countWith("hp") != 1 || world.describePrefabs(new StringBuilder()) != 1) {
            throw new IllegalStateException("simulation");
        }
        world.removeComponentType("hp");
        if (world.get(orc, "hp") != 0 || world.countWith("hp") != 0) {
            throw new IllegalStateException("component removal");
        }

        expectNpe(46, () -> world.spawn("spawn-point"));
        expectNpe(53, () -> world.set(orc, "hp", 25));
        expectNpe(73, () -> {
            O18GameWorld w = new O18GameWorld();
            w.defineComponent("x");
            w.defineComponent("vx");
            w.set(1, "vx", 3);
            w.removeComponentType("x");
            w.tick();
        });
        if (failed > 0) {
            System.exit(1);
        }
    }
}
