package probe35;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * IDE plugin framework. The base class constructor calls the registerExtensions()
 * hook, so the linter plugin's rule table is created before any method can be
 * called; the field deliberately has no initialiser (an "= null" would run after the
 * hook and wipe the table). Deactivation drops the table and is tracked by the base.
 */
public class SE27IdePlugins {
    private abstract static class Plugin {
        private final String id;
        private boolean active;

        protected Plugin(String id) {
            this.id = id;
            registerExtensions();
            active = true;
        }

        protected abstract void registerExtensions();

        protected abstract void onDeactivate();

        protected final void ensureActive() {
            if (!active) {
                throw new IllegalStateException(id + " is deactivated");
            }
        }

        public final void deactivate() {
            if (active) {
                active = false;
                onDeactivate();
            }
        }

        public final void reactivate() {
            if (active) {
                throw new IllegalStateException(id + " is already active");
            }
            registerExtensions();
            active = true;
        }
    }

    private static final class LinterPlugin extends Plugin {
        private Map<String, String> rules; // no initialiser on purpose: the hook assigns it

        LinterPlugin() {
            super("linter");
        }

        @Override
        protected void registerExtensions() {
            rules = new TreeMap<>();
            rules.put("E001", "unused import");
            rules.put("W010", "raw type");
        }

        @Override
        protected void onDeactivate() {
            rules = null;
        }

        String describe(String code) {
            ensureActive();
            String text = rules.get(code);
            if (text == null) {
                throw new NoSuchElementException("no rule " + code);
            }
            return code + ": " + text;
        }

        void addRule(String code, String text) {
            ensureActive();
            if (!code.matches("[EW]\\d{3}")) {
                throw new IllegalArgumentException("bad rule code " + code);
            }
            rules.put(code, text);
        }

        int ruleCount() {
            ensureActive();
            return rules.size();
        }
    }

    public static void main(String[] args) {
        LinterPlugin linter = new LinterPlugin();
        check(linter.ruleCount() == 2 && linter.describe("W010").equals("W010: raw type"), "hook ran before use");
        expect(IllegalStateException.class, linter::reactivate);

        linter.addRule("E002", "dead code");
        expect(IllegalArgumentException.class, () -> linter.addRule("X1", "bad"));
        expect(NoSuchElementException.class, () -> linter.describe("E999"));
        check(linter.ruleCount() == 3, "added");

        for (int round = 0; round < 2; round++) {
            linter.deactivate();
            linter.deactivate();
            expect(IllegalStateException.class, () -> linter.describe("E001"));
            expect(IllegalStateException.class, linter::ruleCount);
            expect(IllegalStateException.class, () -> linter.addRule("E003", "x"));
            linter.reactivate();
            check(linter.ruleCount() == 2 && linter.describe("E001").equals("E001: unused import"), "re-registered");
        }

        linter.deactivate();
        expect(IllegalStateException.class, linter::ruleCount);
        linter.reactivate();
        check(linter.ruleCount() == 2, "active again");
        System.out.println("SE27IdePlugins ok");
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
            if (type.isInstance(e)) {
                return;
            }
            throw e;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
