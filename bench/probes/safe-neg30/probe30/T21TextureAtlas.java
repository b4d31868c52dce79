package probe30;

import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

/** Sprite atlas shared by several scenes; the packed layout is resident only while referenced. */
public final class T21TextureAtlas {
    public record Sprite(String name, int width, int height) {
        public Sprite {
            if (name == null || width < 1 || height < 1) throw new IllegalArgumentException("bad sprite " + name);
        }
    }

    private final int atlasSize;
    private final List<Sprite> sprites;
    private Hashtable<String, int[]> regions; // name -> {x, y, w, h}; resident only while refCount > 0
    private int refCount;

    public T21TextureAtlas(int atlasSize, List<Sprite> sprites) {
        Set<String> names = new HashSet<>();
        for (Sprite s : sprites) {
            if (!names.add(s.name())) throw new IllegalArgumentException("duplicate sprite " + s.name());
        }
        this.atlasSize = atlasSize;
        this.sprites = List.copyOf(sprites);
        pack(); // validate the layout up front so acquire() cannot fail half-way
    }

    /** Simple shelf packer, left to right, top to bottom. */
    private Hashtable<String, int[]> pack() {
        Hashtable<String, int[]> out = new Hashtable<>();
        int x = 0;
        int y = 0;
        int shelf = 0;
        for (Sprite s : sprites) {
            if (x + s.width() > atlasSize) {
                x = 0;
                y += shelf;
                shelf = 0;
            }
            if (x + s.width() > atlasSize || y + s.height() > atlasSize) {
                throw new IllegalArgumentException("sprites do not fit in a " + atlasSize + " atlas");
            }
            out.put(s.name(), new int[] {x, y, s.width(), s.height()});
            x += s.width();
            shelf = Math.max(shelf, s.height());
        }
        return out;
    }

    public void acquire() {
        if (refCount == 0) regions = pack();
        refCount++;
    }

    public void release() {
        if (refCount == 0) throw new IllegalStateException("atlas not acquired");
        if (--refCount == 0) regions = null; // last user gone: free the packed layout
    }

    public int[] region(String name) {
        if (refCount == 0) throw new IllegalStateException("atlas not resident");
        int[] r = regions.get(name);
        if (r == null) throw new IllegalArgumentException("no sprite " + name);
        return r.clone();
    }

    public boolean isResident() { return refCount > 0; }

    public int regionCount() { return refCount > 0 ? regions.size() : 0; }

    public int refCount() { return refCount; }

    private static void expectFailure(Runnable action) {
        try {
            action.run();
        } catch (IllegalStateException | IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("expected failure");
    }

    public static void main(String[] args) {
        Sprite hero = new Sprite("hero", 32, 48);
        List<Sprite> sprites = List.of(hero, new Sprite("coin", 16, 16), new Sprite("tree", 60, 50));
        assert hero.name().equals("hero") && hero.width() == 32 && hero.height() == 48;
        expectFailure(() -> new Sprite("empty", 0, 4));
        expectFailure(() -> new T21TextureAtlas(64, sprites)); // does not fit
        expectFailure(() -> new T21TextureAtlas(128, List.of(hero, hero)));

        T21TextureAtlas atlas = new T21TextureAtlas(100, sprites);
        assert !atlas.isResident() && atlas.regionCount() == 0 && atlas.refCount() == 0;
        expectFailure(() -> atlas.region("hero"));
        expectFailure(atlas::release);

        atlas.acquire(); // scene A
        atlas.acquire(); // scene B
        assert atlas.refCount() == 2 && atlas.regionCount() == 3;
        int[] tree = atlas.region("tree");
        assert tree[0] == 0 && tree[1] == 48 : java.util.Arrays.toString(tree);
        tree[0] = 99; // callers get copies
        assert atlas.region("tree")[0] == 0;
        expectFailure(() -> atlas.region("ghost"));

        atlas.release();
        assert atlas.isResident() && atlas.region("coin")[0] == 32;
        atlas.release();
        assert !atlas.isResident() && atlas.regionCount() == 0;
        expectFailure(() -> atlas.region("coin"));
        expectFailure(atlas::release);
        atlas.acquire();
        assert atlas.region("hero")[2] == 32;
        atlas.release();
        System.out.println("T21 ok");
    }
}
