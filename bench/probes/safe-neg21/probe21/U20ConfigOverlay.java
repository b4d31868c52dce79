package probe21;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Base configuration with an optional overlay. apply() assigns the field inside the if
 * condition, {@code if ((overlay = parse(text)) == null) return false;}, so the code after the
 * if only runs with a non-null overlay; every other reader tests the field first.
 */
public final class U20ConfigOverlay {

    private final Map<String, String> base;
    private Map<String, String> overlay;

    public U20ConfigOverlay(Map<String, String> base) {
        this.base = base == null ? Map.of() : Map.copyOf(base);
    }

    /** Applies an overlay in "key=value;key=value" form; blank text removes the overlay. */
    public synchronized boolean apply(String overlayText) {
        if ((overlay = parse(overlayText)) == null) {
            return false;
        }
        overlay.keySet().removeIf(key -> !base.containsKey(key));
        return !overlay.isEmpty();
    }

    private static Map<String, String> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return out;
    }

    public synchronized String get(String key) {
        String v;
        if (overlay != null && (v = overlay.get(key)) != null) {
            return v;
        }
        return base.get(key);
    }

    public synchronized Map<String, String> effective() {
        Map<String, String> result = new TreeMap<>(base);
        if (overlay != null) {
            result.putAll(overlay);
        }
        return result;
    }

    public synchronized void drop() {
        overlay = null;
    }

    public static void main(String[] args) {
        U20ConfigOverlay cfg = new U20ConfigOverlay(Map.of("threads", "4", "mode", "batch"));
        System.out.println(cfg.get("threads") + " " + cfg.effective());
        System.out.println(cfg.apply("threads=16; unknown=1"));
        System.out.println(cfg.get("threads") + " " + cfg.effective());
        System.out.println(cfg.apply("   "));
        System.out.println(cfg.get("threads"));
        System.out.println(cfg.apply("unknown=2"));
        cfg.drop();
        System.out.println(cfg.effective());
    }
}
