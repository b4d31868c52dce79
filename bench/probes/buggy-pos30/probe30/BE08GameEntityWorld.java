package probe30;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entity world for a 2D game engine: render layers, double-buffered positions and a spatial grid. */
public final class BE08GameEntityWorld {

    private static final String FILE = "BE08GameEntityWorld.java";
    private static final int CELL = 32;

    enum Layer {
        TERRAIN(new HashMap<>()),
        ACTORS(new HashMap<>()),
        HUD(null);

        final Map<String, List<String>> batches;

        Layer(Map<String, List<String>> batches) {
            this.batches = batches;
        }

        boolean batched() {
            return batches != null;
        }
    }

    record Entity(String id, Layer layer, String texture, float x, float y) { }

    private Map<String, float[]> front = new HashMap<>();
    private Map<String, float[]> back = new HashMap<>();
    private Map<Long, List<String>> spatialGrid;
    private int frame;

    public void stage(Entity e) {
        e.layer().batches.computeIfAbsent(e.texture(), t -> new ArrayList<>()).add(e.id());
    }

    public int drawCalls(List<Entity> entities) {
        int calls = 0;
        for (Entity e : entities) {
            if (e.layer().batched()) {
                calls += e.layer().batches.containsKey(e.texture()) ? 0 : 1;
            } else {
                calls++;
            }
        }
        for (Layer l : Layer.values()) {
            if (l.batches != null) {
                calls += l.batches.size();
            }
        }
        return calls;
    }

    public void beginFrame() {
        if (back == null) {
            back = new HashMap<>(front.size() * 2);
        }
        frame++;
    }

    public void writePosition(String id, float x, float y) {
        back.put(id, new float[] {x, y});
    }

    public void swapBuffers() {
        if (back == null) {
            return;
        }
        front = back;
        back = null;
    }

    public float[] position(String id) {
        return front.get(id);
    }

    private static long cell(float x, float y) {
        return ((long) (x / CELL) << 32) ^ (long) (y / CELL);
    }

    public void rebuildGrid(List<Entity> entities) {
        spatialGrid = null;
        for (Entity e : entities) {
            if (spatialGrid == null) {
                spatialGrid = new HashMap<>();
            }
            spatialGrid.computeIfAbsent(cell(e.x(), e.y()), k -> new ArrayList<>()).add(e.id());
        }
    }

    public List<String> neighbours(float x, float y) {
        return spatialGrid.getOrDefault(cell(x, y), List.of());
    }

    public int occupiedCells() {
        Map<Long, List<String>> grid = spatialGrid;
        return grid == null ? 0 : grid.size();
    }

    public static void main(String[] args) {
        BE08GameEntityWorld world = new BE08GameEntityWorld();
        Entity hero = new Entity("hero", Layer.ACTORS, "hero.png", 10f, 12f);
        Entity grass = new Entity("grass", Layer.TERRAIN, "tiles.png", 40f, 40f);
        Entity score = new Entity("score", Layer.HUD, "font.png", 0f, 0f);
        world.stage(hero);
        world.stage(grass);
        System.out.println("drawCalls=" + world.drawCalls(List.of(hero, grass, score)));
        world.writePosition("hero", 1f, 2f);
        world.swapBuffers();
        world.beginFrame();
        world.writePosition("hero", 3f, 4f);
        world.swapBuffers();
        System.out.println("frame=" + world.frame + " hero.x=" + world.position("hero")[0]);
        System.out.println("cells before=" + world.occupiedCells());
        world.rebuildGrid(List.of(hero, grass, score));
        System.out.println("cells=" + world.occupiedCells() + " near=" + world.neighbours(5f, 5f));

        try {
            world.stage(score);
            miss(38);
        } catch (NullPointerException e) {
            expect(e, 38);
        }
        try {
            world.writePosition("grass", 9f, 9f);
            miss(66);
        } catch (NullPointerException e) {
            expect(e, 66);
        }
        try {
            world.rebuildGrid(List.of());
            world.neighbours(5f, 5f);
            miss(96);
        } catch (NullPointerException e) {
            expect(e, 96);
        }
    }

    private static void expect(Throwable t, int line) {
        StackTraceElement top = t.getStackTrace()[0];
        String want = FILE + ":" + line;
        String got = top.getFileName() + ":" + top.getLineNumber();
        System.out.println(want.equals(got) ? "BUG " + want + " OK" : "MISMATCH want " + want + " got " + got);
    }

    private static void miss(int line) {
        System.out.println("NO NPE " + FILE + ":" + line);
    }
}
