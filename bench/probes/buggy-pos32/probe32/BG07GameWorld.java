package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public final class BG07GameWorld {
    private static final String FILE = "BG07GameWorld.java";

    enum Phase { NEW, RUNNING, PAUSED, UNLOADED }

    record Entity(int id, String kind, int x, int y, boolean removed) {
        Entity movedBy(int dx, int dy) {
            return new Entity(id, kind, x + dx, y + dy, removed);
        }
    }

    static final class Player {
        final String name;
        private Map<Integer, String> pending;
        private int sentPackets;

        Player(String name) {
            this.name = name;
        }

        int pendingCount() {
            Map<Integer, String> p = pending;
            return p == null ? 0 : p.size();
        }

        void flush() {
            if (pending != null && !pending.isEmpty()) {
                sentPackets++;
                pending.clear();
            }
        }
    }

    static final class World {
        private final Map<Integer, Entity> entities = new LinkedHashMap<>();
        private Map<Long, List<Integer>> chunks;
        private Phase phase = Phase.NEW;
        private int ticks;

        void load() {
            chunks = new HashMap<>();
            phase = Phase.RUNNING;
        }

        static long chunkKey(Entity e) {
            return ((long) (e.x() >> 4) << 32) | ((e.y() >> 4) & 0xffffffffL);
        }

        void spawn(Entity e) {
            entities.put(e.id(), e);
            Map<Long, List<Integer>> c = chunks;
            if (c != null) {
                c.computeIfAbsent(chunkKey(e), k -> new ArrayList<>()).add(e.id());
            }
        }

        int tick() {
            if (phase != Phase.RUNNING) {
                return 0;
            }
            ticks++;
            int active = 0;
            for (List<Integer> ids : chunks.values()) {
                active += ids.size();
            }
            return active;
        }

        void replicate(List<Entity> moved, Player viewer) {
            for (Entity e : moved) {
                if (e.removed()) {
                    viewer.pending.remove(e.id());
                    entities.remove(e.id());
                    continue;
                }
                if (viewer.pending == null) {
                    viewer.pending = new LinkedHashMap<>();
                }
                viewer.pending.put(e.id(), e.kind() + "@" + e.x() + "," + e.y());
                entities.put(e.id(), e);
            }
        }

        void pause() {
            if (phase == Phase.RUNNING) {
                phase = Phase.PAUSED;
            }
        }

        void resume() {
            phase = Phase.RUNNING;
        }

        void unload() {
            chunks = null;
            phase = Phase.UNLOADED;
        }

        int chunkCount() {
            Map<Long, List<Integer>> c = chunks;
            return c == null ? 0 : c.size();
        }
    }

    public static void main(String[] args) throws Exception {
        World world = new World();
        world.spawn(new Entity(1, "tree", 3, 4, false));
        world.load();
        Entity orc = new Entity(2, "orc", 40, 8, false);
        world.spawn(orc);
        world.spawn(new Entity(3, "chest", 41, 9, false));
        world.pause();
        System.out.println("paused tick=" + world.tick() + " chunks=" + world.chunkCount());
        world.resume();
        System.out.println("tick=" + world.tick() + " ticks=" + world.ticks);
        Player alice = new Player("alice");
        world.replicate(List.of(orc.movedBy(1, 0), new Entity(3, "chest", 41, 9, true)), alice);
        System.out.println(alice.name + " pending=" + alice.pendingCount());
        alice.flush();
        System.out.println("sent=" + alice.sentPackets + " pending=" + alice.pendingCount() + " entities=" + world.entities.size());
        world.unload();
        System.out.println("unloaded tick=" + world.tick() + " chunks=" + world.chunkCount());

        Player bob = new Player("bob");
        expectNpe(81, () -> world.replicate(List.of(new Entity(2, "orc", 41, 8, true), orc), bob));

        world.pause();
        world.resume();
        expectNpe(72, world::tick);
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
