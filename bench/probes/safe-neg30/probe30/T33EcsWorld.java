package probe30;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;

/** Tiny entity-component world; entity slots are recycled after despawn. */
public final class T33EcsWorld {
    public enum Component { POSITION, VELOCITY, HEALTH }

    private static final class Entity {
        // null while the slot is free; the world's live set says which slots hold components
        private EnumMap<Component, Double> components;
    }

    private final List<Entity> slots = new ArrayList<>();
    private final BitSet live = new BitSet(); // exactly the slots whose components are non-null
    private final Deque<Integer> free = new ArrayDeque<>();

    public int spawn(double x, double vx, double hp) {
        if (hp <= 0) throw new IllegalArgumentException("entities start alive");
        int id = free.isEmpty() ? slots.size() : free.pop();
        if (id == slots.size()) slots.add(new Entity());
        EnumMap<Component, Double> c = new EnumMap<>(Component.class);
        c.put(Component.POSITION, x);
        c.put(Component.VELOCITY, vx);
        c.put(Component.HEALTH, hp);
        slots.get(id).components = c;
        live.set(id);
        return id;
    }

    public boolean isAlive(int id) {
        return id >= 0 && live.get(id);
    }

    private Entity requireLive(int id) {
        if (!isAlive(id)) throw new IllegalArgumentException("no live entity " + id);
        return slots.get(id);
    }

    public double get(int id, Component component) {
        return requireLive(id).components.get(component);
    }

    public void tick(double dt) {
        for (int id = live.nextSetBit(0); id >= 0; id = live.nextSetBit(id + 1)) {
            EnumMap<Component, Double> c = slots.get(id).components;
            c.put(Component.POSITION, c.get(Component.POSITION) + c.get(Component.VELOCITY) * dt);
        }
    }

    /** Applies damage; an entity whose health drops to zero is despawned. Returns true if it died. */
    public boolean damage(int id, double amount) {
        Entity e = requireLive(id);
        double hp = e.components.merge(Component.HEALTH, -amount, Double::sum);
        if (hp > 0) return false;
        despawn(id);
        return true;
    }

    public void despawn(int id) {
        Entity e = requireLive(id);
        live.clear(id);
        e.components = null;
        free.push(id);
    }

    public int liveCount() {
        return live.cardinality();
    }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        T33EcsWorld world = new T33EcsWorld();
        assert world.liveCount() == 0 && !world.isAlive(0) && !world.isAlive(-1);
        world.tick(1.0);
        expectFailure(() -> world.get(0, Component.HEALTH));
        expectFailure(() -> world.spawn(0, 0, 0));

        int a = world.spawn(0, 1, 10);
        int b = world.spawn(5, -1, 3);
        world.tick(2.0);
        assert world.get(a, Component.POSITION) == 2.0 && world.get(b, Component.POSITION) == 3.0;
        assert !world.damage(b, 1) && world.get(b, Component.HEALTH) == 2.0;
        assert world.damage(b, 5);
        assert !world.isAlive(b) && world.liveCount() == 1;
        world.tick(1.0); // the despawned slot is skipped
        expectFailure(() -> world.get(b, Component.POSITION));
        expectFailure(() -> world.damage(b, 1));
        expectFailure(() -> world.despawn(b));

        int c = world.spawn(100, 0, 1); // reuses b's slot
        assert c == b && world.get(c, Component.POSITION) == 100.0;
        world.despawn(a);
        world.despawn(c);
        world.tick(1.0);
        assert world.liveCount() == 0;
        expectFailure(() -> world.get(a, Component.VELOCITY));
        System.out.println("T33 ok");
    }
}
