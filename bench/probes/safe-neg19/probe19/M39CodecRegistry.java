package probe19;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Process-wide registry of named text codecs with built-in defaults. */
public final class M39CodecRegistry {
    private static Map<String, UnaryOperator<String>> registry;
    private static final Map<String, Integer> USAGE;

    static {
        USAGE = new TreeMap<>();
    }

    private M39CodecRegistry() {
    }

    private static synchronized Map<String, UnaryOperator<String>> registry() {
        if (registry == null) {
            Map<String, UnaryOperator<String>> defaults = new HashMap<>();
            defaults.put("identity", s -> s);
            defaults.put("base64", s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            defaults.put("upper", String::toUpperCase);
            registry = defaults;
        }
        return registry;
    }

    public static synchronized void register(String name, UnaryOperator<String> codec) {
        registry().put(name, codec);
    }

    public static synchronized String encode(String codecName, String input) {
        UnaryOperator<String> codec = registry().get(codecName);
        if (codec == null) {
            return input;
        }
        USAGE.merge(codecName, 1, Integer::sum);
        return codec.apply(input);
    }

    public static synchronized boolean isRegistered(String name) {
        return registry().containsKey(name);
    }

    public static synchronized Map<String, Integer> usage() {
        return new TreeMap<>(USAGE);
    }

    public static synchronized void resetToDefaults() {
        registry = null;
        USAGE.clear();
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(M39CodecRegistry.encode("base64", "hello") + " " + M39CodecRegistry.encode("rot13", "abc"));
        M39CodecRegistry.resetToDefaults();
        M39CodecRegistry.resetToDefaults();
        M39CodecRegistry.register("reverse", s -> new StringBuilder(s).reverse().toString());
        System.out.println(M39CodecRegistry.encode("reverse", "stressed") + " " + M39CodecRegistry.usage());
        Thread t = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                M39CodecRegistry.encode("upper", "x" + i);
                if (i % 50 == 0) {
                    M39CodecRegistry.resetToDefaults();
                }
            }
        });
        t.start();
        for (int i = 0; i < 200; i++) {
            M39CodecRegistry.isRegistered("reverse");
            M39CodecRegistry.encode("identity", "y");
        }
        t.join();
        M39CodecRegistry.resetToDefaults();
        System.out.println(M39CodecRegistry.isRegistered("reverse") + " " + M39CodecRegistry.isRegistered("upper") + " " + M39CodecRegistry.usage());
    }
}
