package probe21b;

import java.util.Hashtable;

/** Message bundles of the storefront, loaded lazily; built-in bundles report themselves as loaded. */
public class C12MessageBundle {

    private static final String FILE = "C12MessageBundle.java";

    /** Messages by key; loaded on first access, dropped by {@link #unload()}. */
    protected Hashtable<String, String> messages;

    protected boolean isLoaded() {
        return messages != null;
    }

    protected void load() {
        messages = new Hashtable<>();
        messages.put("cart.empty", "Your cart is empty");
        messages.put("cart.total", "Total");
    }

    public String message(String key) {
        if (!isLoaded()) {
            load();
        }
        return messages.getOrDefault(key, key); // BUG
    }

    public boolean has(String key) {
        if (messages == null) {
            load();
        }
        return messages.containsKey(key);
    }

    /** Frees the messages under memory pressure; they are reloaded on demand. */
    public void unload() {
        messages = null;
    }

    /** Regional bundle: the base messages with a few regional wordings. */
    static final class RegionalBundle extends C12MessageBundle {
        @Override
        protected void load() {
            super.load();
            messages.put("cart.total", "Subtotal");
        }
    }

    /** Bundle compiled into the binary; its messages are loaded at construction. */
    static final class BuiltInBundle extends C12MessageBundle {
        BuiltInBundle() {
            load();
        }

        @Override
        protected boolean isLoaded() {
            return true;
        }

        String describe() {
            return isLoaded() ? messages.size() + " built-in messages" : "no messages"; // BUG
        }
    }

    /** Bundle that answers from its own table when it has one, from its parent otherwise. */
    static final class FallbackBundle extends C12MessageBundle {
        private final C12MessageBundle parent;

        FallbackBundle(C12MessageBundle parent) {
            this.parent = parent;
        }

        @Override
        public String message(String key) {
            if (isLoaded() && messages.containsKey(key)) {
                return messages.get(key);
            }
            return parent.message(key);
        }
    }

    public static void main(String[] args) {
        C12MessageBundle base = new C12MessageBundle();
        String out = base.message("cart.empty") + base.has("cart.total");
        base.unload();
        out += base.message("cart.total") + new RegionalBundle().message("cart.total");
        BuiltInBundle builtIn = new BuiltInBundle();
        out += builtIn.message("cart.empty") + builtIn.describe();
        FallbackBundle fallback = new FallbackBundle(new RegionalBundle());
        out += fallback.message("cart.total") + fallback.has("cart.empty") + fallback.message("cart.empty");
        System.out.println("safe: " + out);

        prove(FILE, 27, () -> unloadedBuiltIn().message("cart.empty"));
        prove(FILE, 63, () -> unloadedBuiltIn().describe());
    }

    /** A built-in bundle after the memory-pressure handler has run. */
    private static BuiltInBundle unloadedBuiltIn() {
        BuiltInBundle bundle = new BuiltInBundle();
        bundle.unload();
        return bundle;
    }

    private static void prove(String file, int line, Runnable scenario) {
        StackTraceElement top = null;
        try {
            scenario.run();
        } catch (NullPointerException e) {
            top = e.getStackTrace()[0];
        }
        boolean proven = top != null && file.equals(top.getFileName()) && top.getLineNumber() == line;
        System.out.println((proven ? "PROVEN " : "NOT PROVEN ") + file + ":" + line);
        if (!proven) {
            System.err.println("top frame for " + file + ":" + line + " was " + top);
        }
    }
}
