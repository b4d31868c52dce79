package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public class BH08GameWorld {
    enum Biome {
        FOREST(Map.of("deer", 5, "wolf", 1)),
        DESERT(Map.of("scorpion", 3)),
        OCEAN(null);

        private final Map<String, Integer> spawnWeights;

        Biome(Map<String, Integer> spawnWeights) {
            this.spawnWeights = spawnWeights;
        }

        boolean spawns(String mob) {
            return spawnWeights != null && spawnWeights.containsKey(mob);
        }
    }

    private final Map<Long, Biome> biomes = new HashMap<>();
    private Map<Long, String> current = new HashMap<>();
    private Map<Long, String> next = new HashMap<>();
    private Map<Long, Integer> entitiesByChunk = new HashMap<>();
    private final List<Runnable> rebuildListeners = new ArrayList<>();
    private final List<Minimap> minimaps = new ArrayList<>();

    int totalWeight(Biome biome) {
        int total = 0;
        for (int w : biome.spawnWeights.values()) {
            total += w;
        }
        return total;
    }

    void placeBlock(long pos, String block) {
        next.put(pos, block);
    }

    void tick() {
        if (next == null) {
            return;
        }
        current = next;
        next = null;
    }

    void prepareNext() {
        next = new HashMap<>(current);
    }

    String blockAt(long pos) {
        return current.getOrDefault(pos, "air");
    }

    boolean hasPendingChanges() {
        Map<Long, String> pending = next;
        return pending != null && !pending.isEmpty();
    }

    void spawn(long chunk, Biome biome, String mob) {
        biomes.put(chunk, biome);
        if (!biome.spawns(mob)) {
            return;
        }
        Map<Long, Integer> index = entitiesByChunk;
        if (index != null) {
            index.merge(chunk, 1, Integer::sum);
        }
    }

    final class Minimap implements Runnable {
        int lastCount = -1;

        @Override
        public void run() {
            lastCount = entitiesByChunk.size();
        }
    }

    Minimap attachMinimap(boolean refreshOnRebuild) {
        Minimap m = new Minimap();
        minimaps.add(m);
        if (refreshOnRebuild) {
            rebuildListeners.add(m);
        }
        return m;
    }

    void renderFrame() {
        for (Minimap m : minimaps) {
            m.run();
        }
    }

    void rebuildIndex() {
        Map<Long, Integer> old = entitiesByChunk;
        entitiesByChunk = null;
        for (Runnable listener : rebuildListeners) {
            listener.run();
        }
        Map<Long, Integer> fresh = new HashMap<>();
        if (old != null) {
            old.forEach((chunk, n) -> fresh.merge(chunk, n, Integer::sum));
        }
        entitiesByChunk = fresh;
    }

    int biomeCount() {
        return biomes.size();
    }

    public static void main(String[] args) throws Exception {
        BH08GameWorld world = new BH08GameWorld();
        world.spawn(1L, Biome.FOREST, "deer");
        world.spawn(2L, Biome.OCEAN, "fish");
        world.placeBlock(10L, "stone");
        world.tick();
        world.prepareNext();
        world.placeBlock(11L, "dirt");
        System.out.println(world.totalWeight(Biome.FOREST) + " " + world.blockAt(10L) + " " + world.hasPendingChanges());
        Minimap passive = world.attachMinimap(false);
        world.rebuildIndex();
        world.renderFrame();
        System.out.println(passive.lastCount + " " + Biome.OCEAN.spawns("fish") + " " + world.blockAt(99L));
        world.tick();
        System.out.println(world.hasPendingChanges() + " " + world.blockAt(11L) + " " + world.biomeCount());

        expect(35, () -> world.totalWeight(Biome.OCEAN));
        expect(42, () -> world.placeBlock(12L, "sand"));
        world.attachMinimap(true);
        expect(82, world::rebuildIndex);
    }

    private static final String FILE = "BH08GameWorld.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
