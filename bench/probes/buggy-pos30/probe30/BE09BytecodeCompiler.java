package probe30;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Toy bytecode emitter: scoped locals, branch labels and a peephole optimiser. */
public final class BE09BytecodeCompiler {

    private static final String FILE = "BE09BytecodeCompiler.java";

    /** Global compiler option, like -O2. */
    static int optLevel = 1;

    static final class Peephole {
        private final int preloaded = optLevel > 1 ? installRules() : 0;
        private final Map<String, String> rules = new HashMap<>();

        private int installRules() {
            rules.put("iconst_0;iadd", "");
            rules.put("dup;pop", "");
            return rules.size();
        }

        String apply(String code) {
            if (preloaded == 0 && rules.isEmpty()) {
                installRules();
            }
            String out = code;
            for (Map.Entry<String, String> r : rules.entrySet()) {
                out = out.replace(r.getKey() + ";", r.getValue());
            }
            return out;
        }
    }

    private final Deque<Map<String, Integer>> scopes = new ArrayDeque<>();
    private final List<String> code = new ArrayList<>();
    private Map<String, Integer> globals;
    private Map<String, Integer> scope;
    private Map<String, Integer> labels = new HashMap<>();
    private int nextSlot;

    BE09BytecodeCompiler() {
        this.scope = globals;
        this.globals = new LinkedHashMap<>();
    }

    void declareGlobal(String name) {
        globals.put(name, nextSlot++);
    }

    void declare(String name) {
        scope.put(name, nextSlot++);
    }

    void enterBlock() {
        scopes.push(scope == null ? new HashMap<>() : scope);
        scope = new HashMap<>();
    }

    void exitBlock() {
        scope = scopes.pop();
    }

    int resolve(String name) {
        if (scope != null && scope.containsKey(name)) {
            return scope.get(name);
        }
        return globals.getOrDefault(name, -1);
    }

    void beginMethod(String name, int maxStack) {
        labels = null;
        if (maxStack < 0) {
            throw new IllegalArgumentException("negative max stack for " + name);
        }
        labels = new HashMap<>();
        code.add(".method " + name);
    }

    void label(String name) {
        labels.put(name, code.size());
    }

    boolean hasLabel(String name) {
        Map<String, Integer> snapshot = labels;
        return snapshot != null && snapshot.containsKey(name);
    }

    void emit(String insn) {
        code.add(insn);
    }

    public static void main(String[] args) {
        BE09BytecodeCompiler c = new BE09BytecodeCompiler();
        c.declareGlobal("counter");
        c.beginMethod("main", 4);
        c.enterBlock();
        c.declare("i");
        c.label("loop");
        c.emit("iload " + c.resolve("i"));
        c.exitBlock();
        System.out.println(c.code + " counter=" + c.resolve("counter") + " loop=" + c.hasLabel("loop"));
        System.out.println(new Peephole().apply("iconst_0;iadd;dup;pop;ireturn;"));

        try {
            optLevel = 2;
            new Peephole();
            miss(24);
        } catch (NullPointerException e) {
            expect(e, 24);
        } finally {
            optLevel = 1;
        }
        try {
            new BE09BytecodeCompiler().declare("x");
            miss(58);
        } catch (NullPointerException e) {
            expect(e, 58);
        }
        try {
            try {
                c.beginMethod("broken", -1);
            } catch (IllegalArgumentException expected) {
                System.out.println("rejected: " + expected.getMessage() + " hasLabel=" + c.hasLabel("loop"));
            }
            c.label("retry");
            miss(87);
        } catch (NullPointerException e) {
            expect(e, 87);
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
