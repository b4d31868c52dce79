package probe31;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Voxel game world: chunks keyed by coordinates, entities living in chunks and
 * biome-specific spawn tables.
 */
public final class BF07GameWorld {

    record Entity(String id, String kind, int hp) {}

    record Chunk(int x, int z, Map<String, Entity> entities) {
        static Chunk populated(int x, int z) {
            return new Chunk(x, z, new HashMap<>());
        }

        /** Chunks that never hold entities (deep ocean) skip the entity table. */
        static Chunk barren(int x, int z) {
            return new Chunk(x, z, null);
        }

        int population() {
            return entities == null ? 0 : entities.size();
        }

        void add(Entity entity) {
            entities.put(entity.id(), entity);
        }

        Entity remove(String id) {
            return entities != null ? entities.remove(id) : null;
        }
    }

    enum Biome {
        PLAINS(Map.of("cow", 5, "sheep", 3)),
        FOREST(Map.of("wolf", 2, "deer", 4)),
        OCEAN;

        private Map<String, Integer> spawnWeights;

        Biome(Map<String, Integer> spawnWeights) {
            this.spawnWeights = spawnWeights;
        }

        Biome() {
        }

        boolean spawns(String kind) {
            return spawnWeights != null && spawnWeights.containsKey(kind);
        }

        int weightOf(String kind) {
            Map<String, Integer> weights = spawnWeights;
            return weights == null ? 0 : weights.getOrDefault(kind, 0);
        }

        int totalWeight() {
            int total = 0;
            for (int weight : spawnWeights.values()) {
                total += weight;
            }
            return total;
        }
    }

    private final Map<Long, Chunk> chunks = new HashMap<>();
    private final Map<Long, Biome> biomes = new HashMap<>();

    private static long key(int x, int z) {
        return ((long) x << 32) ^ (z & 0xffffffffL);
    }

    Chunk load(int x, int z, Biome biome) {
        Chunk chunk = biome == Biome.OCEAN ? Chunk.barren(x, z) : Chunk.populated(x, z);
        chunks.put(key(x, z), chunk);
        biomes.put(key(x, z), biome);
        return chunk;
    }

    boolean spawn(int x, int z, Entity entity) {
        Chunk chunk = chunks.get(key(x, z));
        Biome biome = biomes.get(key(x, z));
        if (chunk == null || biome == null || !biome.spawns(entity.kind())) {
            return false;
        }
        chunk.add(entity);
        return true;
    }

    /** Moves an entity between loaded chunks (players may teleport anywhere). */
    boolean teleport(String id, int fromX, int fromZ, int toX, int toZ) {
        Chunk from = chunks.get(key(fromX, fromZ));
        Chunk to = chunks.get(key(toX, toZ));
        if (from == null || to == null) {
            return false;
        }
        Entity entity = from.remove(id);
        if (entity != null) {
            to.add(entity);
        }
        return entity != null;
    }

    /** Spawn probability of a kind in the chunk's biome, in percent. */
    int spawnChance(int x, int z, String kind) {
        Biome biome = biomes.get(key(x, z));
        if (biome == null) {
            return 0;
        }
        return 100 * biome.weightOf(kind) / biome.totalWeight();
    }

    public static void main(String[] args) {
        BF07GameWorld world = new BF07GameWorld();
        world.load(0, 0, Biome.PLAINS);
        world.load(1, 0, Biome.FOREST);
        Chunk sea = world.load(5, 5, Biome.OCEAN);
        System.out.println("spawn cow=" + world.spawn(0, 0, new Entity("c1", "cow", 10))
                + " spawn fish=" + world.spawn(5, 5, new Entity("f1", "fish", 2))
                + " sea population=" + sea.population());
        System.out.println("teleport=" + world.teleport("c1", 0, 0, 1, 0) + " from sea=" + world.teleport("f1", 5, 5, 0, 0));
        System.out.println("chance cow=" + world.spawnChance(0, 0, "cow") + "% deer=" + world.spawnChance(1, 0, "deer")
                + "% ocean weight=" + Biome.OCEAN.weightOf("fish") + " spawns=" + Biome.OCEAN.spawns("fish"));

        int proved = 0;
        proved += expect(30, () -> {
            BF07GameWorld w = new BF07GameWorld();
            w.load(0, 0, Biome.PLAINS);
            w.load(9, 9, Biome.OCEAN);
            w.spawn(0, 0, new Entity("s1", "sheep", 8));
            w.teleport("s1", 0, 0, 9, 9);
        });
        proved += expect(63, () -> world.spawnChance(5, 5, "fish"));
        if (proved != 2) {
            throw new AssertionError("proved " + proved + " of 2");
        }
    }

    private static final String FILE = "BF07GameWorld.java";

    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    private static int expect(int line, Probe probe) {
        Throwable thrown;
        try {
            probe.run();
            throw new AssertionError("no NullPointerException, expected " + FILE + ":" + line);
        } catch (NullPointerException e) {
            thrown = e;
        } catch (ExecutionException | ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!(thrown instanceof NullPointerException) || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError(thrown + " at " + top + ", expected an NPE at " + FILE + ":" + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
        return 1;
    }
}
