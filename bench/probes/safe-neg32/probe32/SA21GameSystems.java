package probe32;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entity-component-system base class like those in Artemis-odb or Bevy ports. The component
 * store is created in start() and released in stop(); subclasses receive template-method hooks
 * (onStart/onUpdate/onStop) that the final base methods call only while the store exists, so
 * the hooks use the protected map without checking it.
 */
public class SA21GameSystems {

    public abstract static class GameSystem {
        protected Map<Integer, float[]> components; // null while the system is stopped
        private int ticks;

        public final void start() {
            if (components != null) {
                return;
            }
            components = new LinkedHashMap<>();
            onStart();
        }

        public final void tick(float dt) {
            if (components == null) {
                return;
            }
            ticks++;
            onUpdate(dt);
        }

        public final void stop() {
            if (components == null) {
                return;
            }
            onStop();
            components = null;
        }

        public final void addEntity(int id, float x, float y) {
            if (components == null) {
                throw new IllegalStateException(getClass().getSimpleName() + " is not running");
            }
            components.put(id, new float[] {x, y, 0f, 0f});
        }

        public final int ticks() {
            return ticks;
        }

        protected abstract void onStart();

        protected abstract void onUpdate(float dt);

        protected abstract void onStop();
    }

    static final class MovementSystem extends GameSystem {
        @Override
        protected void onStart() {
            components.put(0, new float[] {0f, 0f, 1f, 2f}); // the player entity
        }

        @Override
        protected void onUpdate(float dt) {
            for (float[] c : components.values()) {
                c[0] += c[2] * dt;
                c[1] += c[3] * dt;
            }
        }

        @Override
        protected void onStop() {
            float[] player = components.get(0);
            System.out.printf("  movement stop: %d entities, player at (%.1f, %.1f)%n", components.size(), player[0], player[1]);
        }
    }

    static final class GravitySystem extends GameSystem {
        @Override
        protected void onStart() {
            System.out.println("  gravity start, entities=" + components.size());
        }

        @Override
        protected void onUpdate(float dt) {
            components.replaceAll((id, c) -> new float[] {c[0], c[1], c[2], c[3] - 9.8f * dt});
        }

        @Override
        protected void onStop() {
            components.clear();
        }
    }

    public static void main(String[] args) {
        GameSystem movement = new MovementSystem();
        GameSystem gravity = new GravitySystem();
        movement.tick(0.1f);
        gravity.stop();
        try {
            gravity.addEntity(1, 0, 0);
        } catch (IllegalStateException expected) {
            System.out.println("add refused: " + expected.getMessage());
        }
        movement.start();
        movement.start();
        gravity.start();
        movement.addEntity(7, 10f, 10f);
        gravity.addEntity(7, 10f, 10f);
        for (int i = 0; i < 10; i++) {
            movement.tick(0.5f);
            gravity.tick(0.5f);
        }
        movement.stop();
        gravity.stop();
        movement.stop();
        movement.tick(1f);
        System.out.println("ticks: movement=" + movement.ticks() + " gravity=" + gravity.ticks());
        movement.start();
        movement.tick(1f);
        movement.stop();
    }
}
