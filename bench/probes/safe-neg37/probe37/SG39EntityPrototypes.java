package probe37;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Game-engine entity with components. Every non-private constructor assigns the component map; the
 * private "blank" constructor leaves it null and is used only by the static factory spawnFrom(),
 * which assigns a copy of the prototype's map on the very next statement, before returning.
 */
public class SG39EntityPrototypes {

    enum Component { POSITION, VELOCITY, SPRITE, HEALTH }

    static final class Entity {
        private final String name;
        private EnumMap<Component, String> components; // null only inside spawnFrom()

        Entity(String name) {
            this.name = checkedName(name);
            this.components = new EnumMap<>(Component.class);
        }

        Entity(String name, Map<Component, String> initial) {
            this.name = checkedName(name);
            this.components = new EnumMap<>(Component.class);
            if (initial == null) {
                throw new IllegalArgumentException("initial components required");
            }
            initial.forEach(this::attach);
        }

        private Entity(String name, boolean blank) {
            this.name = checkedName(name); // components deliberately left unassigned
        }

        public static Entity spawnFrom(Entity prototype, String name) {
            if (prototype == null) {
                throw new IllegalArgumentException("prototype required");
            }
            Entity e = new Entity(name, true);
            e.components = new EnumMap<>(prototype.components);
            return e;
        }

        private static String checkedName(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("entity name required");
            }
            return name;
        }

        public void attach(Component type, String data) {
            if (type == null || data == null) {
                throw new IllegalArgumentException("component type and data required");
            }
            components.put(type, data);
        }

        public boolean detach(Component type) {
            return components.remove(type) != null;
        }

        public Optional<String> component(Component type) {
            return Optional.ofNullable(components.get(type));
        }

        public int componentCount() {
            return components.size();
        }

        public String name() {
            return name;
        }
    }

    public static void main(String[] args) {
        Map<String, Entity> world = new HashMap<>();

        // Phase 1: before the map exists (no entity spawned; bad construction is rejected).
        expect(IllegalArgumentException.class, () -> Entity.spawnFrom(null, "orc-1"));
        expect(IllegalArgumentException.class, () -> new Entity(" "));
        Entity orc = new Entity("orc", Map.of(Component.HEALTH, "30", Component.SPRITE, "orc.png"));
        expect(IllegalArgumentException.class, () -> Entity.spawnFrom(orc, ""));

        // Phase 2: while it exists.
        Entity orc1 = Entity.spawnFrom(orc, "orc-1");
        world.put(orc1.name(), orc1);
        orc1.attach(Component.POSITION, "3,4");
        check(orc1.componentCount() == 3 && orc.componentCount() == 2, "copy is independent");
        check(orc1.component(Component.HEALTH).orElseThrow().equals("30"), "inherited health");
        check(orc1.detach(Component.SPRITE) && !orc1.detach(Component.SPRITE) && !orc1.detach(null), "detach");
        check(orc1.component(null).isEmpty(), "null type lookup");
        expect(IllegalArgumentException.class, () -> orc1.attach(null, "x"));

        // Phase 3: after it has been dropped (entities despawned twice).
        world.clear();
        world.clear();
        check(world.isEmpty() && orc.component(Component.POSITION).isEmpty(), "despawned");

        // Phase 4: after it has been created again.
        Entity orc2 = Entity.spawnFrom(orc, "orc-2");
        Entity hero = new Entity("hero");
        hero.attach(Component.VELOCITY, "0,1");
        Entity heroClone = Entity.spawnFrom(hero, "hero-clone");
        check(orc2.componentCount() == 2 && heroClone.component(Component.VELOCITY).orElseThrow().equals("0,1"), "again");
        System.out.println("SG39EntityPrototypes ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
