package probe36;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IDE refactoring framework. The base class owns the rename table, which exists only while the final
 * template method run() executes; subclasses contribute through the collectRenames() hook (called only by
 * run()) and the rename()/alreadyRenamed() helpers (called only from that hook).
 */
public final class SF25RefactoringEngine {
    abstract static class Refactoring {
        private LinkedHashMap<String, String> renames; // old name -> new name; only during run()
        private int lastChangeCount = -1;

        public final String run(String source) {
            if (source.isEmpty()) {
                throw new IllegalArgumentException("empty document");
            }
            renames = new LinkedHashMap<>();
            collectRenames(source);
            String result = source;
            for (Map.Entry<String, String> rename : renames.entrySet()) {
                result = result.replaceAll("\\b" + Pattern.quote(rename.getKey()) + "\\b",
                        Matcher.quoteReplacement(rename.getValue()));
            }
            lastChangeCount = renames.size();
            renames = null;
            return result;
        }

        /** Hook: invoked only by run(), after the rename table has been created. */
        protected abstract void collectRenames(String source);

        protected final void rename(String from, String to) {
            if (from.equals(to)) {
                throw new IllegalArgumentException("rename of " + from + " to itself");
            }
            String prior = renames.putIfAbsent(from, to);
            if (prior != null && !prior.equals(to)) {
                throw new IllegalStateException("conflicting renames for " + from + ": " + prior + " / " + to);
            }
        }

        protected final boolean alreadyRenamed(String name) {
            return renames.containsKey(name);
        }

        public final int lastChangeCount() {
            return lastChangeCount; // -1 before the first successful run
        }
    }

    /** Renames scratch locals tmpN to scratchN. */
    static final class RenameTemporaries extends Refactoring {
        @Override
        protected void collectRenames(String source) {
            Matcher m = Pattern.compile("\\btmp(\\d+)\\b").matcher(source);
            while (m.find()) {
                if (!alreadyRenamed(m.group())) {
                    rename(m.group(), "scratch" + m.group(1));
                }
            }
        }
    }

    /** Renames one symbol; fails if it does not occur or if asked to rename it two different ways. */
    static final class RenameSymbol extends Refactoring {
        private final String from;
        private final String[] targets;

        RenameSymbol(String from, String... targets) {
            this.from = from;
            this.targets = targets.clone();
        }

        @Override
        protected void collectRenames(String source) {
            if (!Pattern.compile("\\b" + Pattern.quote(from) + "\\b").matcher(source).find()) {
                throw new NoSuchElementException("symbol " + from + " not found");
            }
            for (String target : targets) {
                rename(from, target);
            }
        }
    }

    public static void main(String[] args) {
        String code = "int tmp1 = a; int tmp2 = tmp1 + b; return tmp2 * tmp1;";
        RenameTemporaries temporaries = new RenameTemporaries();
        RenameSymbol renameA = new RenameSymbol("a", "alpha");
        // Phase 1: never run.
        check(temporaries.lastChangeCount() == -1 && renameA.lastChangeCount() == -1, "no runs yet");
        expect(IllegalArgumentException.class, () -> temporaries.run(""));
        // Phase 2: the table exists during run().
        check(temporaries.run(code).equals("int scratch1 = a; int scratch2 = scratch1 + b; return scratch2 * scratch1;"), "temps");
        check(temporaries.lastChangeCount() == 2, "two distinct renames");
        check(renameA.run(code).equals("int tmp1 = alpha; int tmp2 = tmp1 + b; return tmp2 * tmp1;"), "symbol a");
        // Phase 3: failures inside run(); the table is dropped or simply replaced by the next run, twice.
        for (int round = 0; round < 2; round++) {
            expect(NoSuchElementException.class, () -> new RenameSymbol("zeta", "z").run(code));
            expect(IllegalStateException.class, () -> new RenameSymbol("b", "beta", "bravo").run(code));
            expect(IllegalArgumentException.class, () -> new RenameSymbol("b", "b").run(code));
            check(renameA.lastChangeCount() == 1, "previous result untouched");
        }
        // Phase 4: run again with a fresh table.
        check(temporaries.run("tmp9").equals("scratch9") && temporaries.lastChangeCount() == 1, "rerun");
        check(new RenameSymbol("b", "beta", "beta").run(code).contains("tmp1 + beta"), "same rename twice is fine");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> expected, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (expected.isInstance(e)) {
                return;
            }
            throw new AssertionError("expected " + expected.getSimpleName() + " but got " + e, e);
        }
        throw new AssertionError("expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
