package probe32;

import java.util.HashMap;
import java.util.Map;

/**
 * Reference-counted texture atlas, the way libGDX's AssetManager or Unity's Addressables keep
 * shared GPU resources alive. The region table is built on the 0 -> 1 retain transition and
 * freed on the 1 -> 0 release transition, so it is non-null exactly when refCount > 0. Access
 * goes through a Guava-style checkState helper that throws when the count is zero.
 */
public class SA35TextureAtlas {

    private final String packFile;
    private int refCount;
    private Map<String, int[]> regions; // non-null <=> refCount > 0
    private int loads;

    public SA35TextureAtlas(String packFile) {
        this.packFile = packFile;
    }

    private static void checkState(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private Map<String, int[]> parsePack() {
        loads++;
        Map<String, int[]> table = new HashMap<>();
        for (String line : packFile.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 5) {
                table.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])});
            }
        }
        return table;
    }

    public void retain() {
        if (refCount++ == 0) {
            regions = parsePack();
        }
    }

    public void release() {
        checkState(refCount > 0, "release() without matching retain()");
        if (--refCount == 0) {
            regions = null;
        }
    }

    public int[] region(String name) {
        checkState(refCount > 0, "atlas not loaded");
        int[] r = regions.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no region " + name);
        }
        return r.clone();
    }

    public int regionCount() {
        checkState(refCount > 0, "atlas not loaded");
        return regions.size();
    }

    public boolean isLoaded() {
        return refCount > 0;
    }

    public static void main(String[] args) {
        SA35TextureAtlas atlas = new SA35TextureAtlas("hero 0 0 32 32\nenemy 32 0 32 32\n# comment\ncoin 64 0 16 16");
        System.out.println("loaded=" + atlas.isLoaded());
        for (Runnable r : new Runnable[] {atlas::release, () -> atlas.region("hero"), atlas::regionCount}) {
            try {
                r.run();
            } catch (IllegalStateException expected) {
                System.out.println("refused: " + expected.getMessage());
            }
        }
        atlas.retain();
        atlas.retain();
        int[] hero = atlas.region("hero");
        System.out.println("hero w=" + hero[2] + " regions=" + atlas.regionCount());
        try {
            atlas.region("boss");
        } catch (IllegalArgumentException expected) {
            System.out.println("error: " + expected.getMessage());
        }
        atlas.release();
        System.out.println("one ref left, coin x=" + atlas.region("coin")[0]);
        atlas.release();
        System.out.println("released loaded=" + atlas.isLoaded());
        try {
            atlas.regionCount();
        } catch (IllegalStateException expected) {
            System.out.println("refused: " + expected.getMessage());
        }
        atlas.retain();
        System.out.println("reloaded regions=" + atlas.regionCount() + " loads=" + atlas.loads);
        atlas.release();
    }
}
