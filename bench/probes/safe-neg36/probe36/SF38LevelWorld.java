package probe36;

import java.util.HashMap;
import java.util.NoSuchElementException;

/**
 * Entity registry of a game engine level (ECS / slot-map style) using generation-stamped handles.
 * The world generation is odd while a level is loaded and even otherwise; handles are minted only while
 * loaded and carry the generation of their level. A handle whose generation equals the current one therefore
 * proves that a level is loaded and the entity map exists; stale handles from unloaded levels are rejected.
 */
public final class SF38LevelWorld {
    public static final class Handle {
        private final SF38LevelWorld owner;
        private final int id;
        private final int generation;

        private Handle(SF38LevelWorld owner, int id, int generation) {
            this.owner = owner;
            this.id = id;
            this.generation = generation;
        }

        @Override
        public String toString() {
            return "e" + id + "g" + generation;
        }
    }

    private int generation;                    // odd while a level is loaded
    private HashMap<Integer, String> entities; // entity id -> archetype; present while loaded
    private int nextId;
    private String levelName = "";

    public void load(String level) {
        if ((generation & 1) == 1) {
            throw new IllegalStateException("level " + levelName + " is still loaded");
        }
        entities = new HashMap<>();
        levelName = level;
        nextId = 0;
        generation++;
    }

    public void unload() {
        if ((generation & 1) == 0) {
            throw new IllegalStateException("no level loaded");
        }
        generation++;
        entities = null;
    }

    public Handle spawn(String archetype) {
        if ((generation & 1) == 0) {
            throw new IllegalStateException("cannot spawn " + archetype + " without a level");
        }
        int id = nextId++;
        entities.put(id, archetype);
        return new Handle(this, id, generation);
    }

    private void validate(Handle handle) {
        if (handle.owner != this) {
            throw new IllegalArgumentException("handle " + handle + " belongs to another world");
        }
        if (handle.generation != generation) {
            throw new IllegalStateException("stale handle " + handle + " (world generation " + generation + ")");
        }
    }

    public String archetype(Handle handle) {
        validate(handle);
        String archetype = entities.get(handle.id);
        if (archetype == null) {
            throw new NoSuchElementException("entity " + handle + " was despawned");
        }
        return archetype;
    }

    public void despawn(Handle handle) {
        validate(handle);
        if (entities.remove(handle.id) == null) {
            throw new NoSuchElementException("entity " + handle + " was already despawned");
        }
    }

    public int population() {
        return (generation & 1) == 1 ? entities.size() : 0;
    }

    public static void main(String[] args) {
        SF38LevelWorld world = new SF38LevelWorld();
        SF38LevelWorld otherWorld = new SF38LevelWorld();
        // Phase 1: no level loaded.
        expect(IllegalStateException.class, () -> world.spawn("orc"));
        expect(IllegalStateException.class, world::unload);
        check(world.population() == 0, "empty before load");
        Handle previous = null;
        for (int level = 1; level <= 2; level++) {
            // Phase 2 (Phase 4 on the second pass): loaded.
            world.load("level-" + level);
            expect(IllegalStateException.class, () -> world.load("other"));
            Handle orc = world.spawn("orc");
            Handle chest = world.spawn("chest");
            check(world.archetype(orc).equals("orc") && world.population() == 2, "spawned");
            world.despawn(chest);
            expect(NoSuchElementException.class, () -> world.archetype(chest));
            expect(NoSuchElementException.class, () -> world.despawn(chest));
            if (previous != null) {
                Handle stale = previous;
                expect(IllegalStateException.class, () -> world.archetype(stale)); // same id, older level
            }
            otherWorld.load("arena");
            Handle foreign = otherWorld.spawn("orc");
            expect(IllegalArgumentException.class, () -> world.archetype(foreign));
            otherWorld.unload();
            // Phase 3: unloaded (twice over the loop); handles from the level are stale now.
            world.unload();
            check(world.population() == 0, "empty after unload");
            expect(IllegalStateException.class, () -> world.archetype(orc));
            expect(IllegalStateException.class, () -> world.despawn(orc));
            expect(IllegalStateException.class, () -> world.spawn("bat"));
            previous = orc;
        }
        world.load("level-3");
        check(world.spawn("bat").id == 0 && world.population() == 1, "fresh map for level 3");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
