package probe32;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cache of compiled GPU shader programs for a game renderer (libGDX / jMonkeyEngine style).
 * When the GL context is lost every program id becomes invalid, so the cache is dropped and
 * rebuilt on demand. Guards use Objects.isNull / Objects.nonNull on the field.
 */
public class SA13ShaderCache {

    private Map<String, Integer> programIds; // null before first compile and after contextLost()
    private int nextGlHandle = 1;
    private int compilations;

    public int compile(String name, String source) {
        if (source.isBlank()) {
            throw new IllegalArgumentException("empty shader source for " + name);
        }
        if (Objects.isNull(programIds)) {
            programIds = new HashMap<>();
        }
        Integer existing = programIds.get(name);
        if (existing != null) {
            return existing;
        }
        compilations++;
        int handle = nextGlHandle++;
        programIds.put(name, handle);
        return handle;
    }

    public int programFor(String name) {
        if (Objects.isNull(programIds)) {
            return -1;
        }
        return programIds.getOrDefault(name, -1);
    }

    public int liveCount() {
        return Objects.nonNull(programIds) ? programIds.size() : 0;
    }

    public boolean delete(String name) {
        if (Objects.nonNull(programIds)) {
            return programIds.remove(name) != null;
        }
        return false;
    }

    public void contextLost() {
        programIds = null;
    }

    public int compilations() {
        return compilations;
    }

    public static void main(String[] args) {
        SA13ShaderCache cache = new SA13ShaderCache();
        System.out.println("empty: program=" + cache.programFor("sprite") + " live=" + cache.liveCount()
                + " delete=" + cache.delete("sprite"));
        int sprite = cache.compile("sprite", "void main(){gl_FragColor=vec4(1);}");
        int again = cache.compile("sprite", "ignored");
        int water = cache.compile("water", "void main(){}");
        System.out.println("sprite=" + sprite + " again=" + again + " water=" + water + " live=" + cache.liveCount());
        System.out.println("delete water=" + cache.delete("water") + " program(water)=" + cache.programFor("water"));
        try {
            cache.compile("bad", "  ");
        } catch (IllegalArgumentException expected) {
            System.out.println("rejected: " + expected.getMessage());
        }
        cache.contextLost();
        cache.contextLost();
        System.out.println("lost: program=" + cache.programFor("sprite") + " live=" + cache.liveCount());
        System.out.println("recompiled sprite=" + cache.compile("sprite", "void main(){}")
                + " compilations=" + cache.compilations());
    }
}
