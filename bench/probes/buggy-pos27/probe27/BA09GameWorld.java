package probe27;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Voxel game world with chunked block storage, entity tracking and data-driven spawn caps,
 * in the style of block-game server engines.
 */
public class BA09GameWorld {
    enum Block { AIR, STONE, DIRT, WATER }

    record BlockPos(int x, int y, int z) {
    }

    record ChunkPos(int x, int z) {
        static ChunkPos of(BlockPos pos) {
            return new ChunkPos(Math.floorDiv(pos.x(), 16), Math.floorDiv(pos.z(), 16));
        }
    }

    static final class Entity {
        final int id;
        final String type;
        double x;
        double z;

        Entity(int id, String type, double x, double z) {
            this.id = id;
            this.type = type;
            this.x = x;
            this.z = z;
        }
    }

    private final Map<ChunkPos, Map<BlockPos, Block>> chunks = new HashMap<>();
    private Map<String, List<Entity>> entitiesByType = new HashMap<>();
    private Map<String, Integer> spawnCaps = Map.of();

    public void loadChunk(int cx, int cz) {
        chunks.putIfAbsent(new ChunkPos(cx, cz), new HashMap<>());
    }

    public Block getBlock(BlockPos pos) {
        Map<BlockPos, Block> chunk = chunks.get(ChunkPos.of(pos));
        if (chunk == null) {
            return Block.AIR;
        }
        return chunk.getOrDefault(pos, Block.AIR);
    }

    public void setBlock(BlockPos pos, Block block) {
        Map<BlockPos, Block> chunk = chunks.get(ChunkPos.of(pos));
        chunk.put(pos, block);
    }

    /** Parses "zombie=4,cow=10"; blank input means "no rules configured". */
    private static Map<String, Integer> parseRules(String rules) {
        if (rules == null || rules.isBlank()) {
            return null;
        }
        Map<String, Integer> caps = new HashMap<>();
        for (String part : rules.split(",")) {
            String[] kv = part.split("=");
            caps.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
        }
        return caps;
    }

    public void applyRules(String rules) {
        spawnCaps = parseRules(rules);
    }

    public int capFor(String type) {
        return spawnCaps == null ? 100 : spawnCaps.getOrDefault(type, 100);
    }

    public Entity spawn(int id, String type, double x, double z) {
        Map<String, List<Entity>> byType = entitiesByType;
        if (byType == null) {
            return null;
        }
        int cap = spawnCaps.getOrDefault(type, 100);
        List<Entity> sameType = byType.computeIfAbsent(type, t -> new ArrayList<>());
        if (sameType.size() >= cap) {
            return null;
        }
        Entity entity = new Entity(id, type, x, z);
        sameType.add(entity);
        return entity;
    }

    public void tick() {
        for (Map.Entry<String, List<Entity>> e : entitiesByType.entrySet()) {
            for (Entity entity : e.getValue()) {
                entity.x += 0.1;
            }
        }
    }

    public int entityCount() {
        Map<String, List<Entity>> current = entitiesByType;
        if (current == null) {
            return 0;
        }
        return current.values().stream().mapToInt(List::size).sum();
    }

    public void shutdown() {
        chunks.clear();
        entitiesByType = null;
    }

    public static void main(String[] args) {
        BA09GameWorld world = new BA09GameWorld();
        world.loadChunk(0, 0);
        world.setBlock(new BlockPos(3, 64, 5), Block.STONE);
        System.out.println("block " + world.getBlock(new BlockPos(3, 64, 5)) + ", unloaded " + world.getBlock(new BlockPos(400, 1, 400)));
        world.applyRules("zombie=1, cow=10");
        world.spawn(1, "zombie", 1, 1);
        System.out.println("second zombie spawned: " + (world.spawn(2, "zombie", 2, 2) != null));
        world.tick();
        System.out.println("entities " + world.entityCount() + ", cow cap " + world.capFor("cow"));
        world.applyRules("  ");
        System.out.println("cap after blank rules " + world.capFor("cow"));
        world.shutdown();
        System.out.println("entities after shutdown " + world.entityCount() + ", late spawn " + world.spawn(9, "cow", 0, 0));

        expectNpe(56, () -> new BA09GameWorld().setBlock(new BlockPos(-20, 70, 3), Block.WATER));
        expectNpe(96, () -> world.tick());
        BA09GameWorld unconfigured = new BA09GameWorld();
        unconfigured.applyRules("");
        expectNpe(85, () -> unconfigured.spawn(3, "cow", 0, 0));
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static final String FILE = "BA09GameWorld.java";
    private static int failed;

    private static void expectNpe(int line, Runnable action) {
        try {
            action.run();
            System.out.println("NO NPE " + FILE + ":" + line);
            failed++;
        } catch (NullPointerException e) {
            verify(line, e);
        }
    }

    private static void verify(int line, Throwable e) {
        StackTraceElement top = e.getStackTrace()[0];
        if (FILE.equals(top.getFileName()) && top.getLineNumber() == line) {
            System.out.println("BUG " + FILE + ":" + line + " OK");
        } else {
            System.out.println("WRONG " + FILE + ":" + line + " actual " + top);
            failed++;
        }
    }
}
