package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

public final class BG08Compiler {
    private static final String FILE = "BG08Compiler.java";

    record Instr(String op, String arg) { }

    abstract static class Pass {
        protected final String name;
        protected final Map<String, Integer> stats = new HashMap<>();

        Pass(String name, Set<String> options) {
            this.name = name;
            if (options.contains("intrinsics")) {
                registerIntrinsics();
            }
        }

        protected void registerIntrinsics() {
            stats.put("intrinsics", 0);
        }

        abstract List<Instr> run(List<Instr> code);
    }

    static final class InliningPass extends Pass {
        private final Map<String, Integer> inlineCosts = new HashMap<>(Map.of("len", 1, "abs", 2, "area", 2));

        InliningPass(Set<String> options) {
            super("inline", options);
        }

        @Override
        protected void registerIntrinsics() {
            super.registerIntrinsics();
            inlineCosts.put("memcpy", 4);
        }

        @Override
        List<Instr> run(List<Instr> code) {
            List<Instr> out = new ArrayList<>();
            for (Instr instr : code) {
                Integer cost = instr.op().equals("call") ? inlineCosts.get(instr.arg()) : null;
                if (cost != null && cost <= 2) {
                    out.add(new Instr("inline", instr.arg()));
                    stats.merge("inlined", 1, Integer::sum);
                } else {
                    out.add(instr);
                }
            }
            return out;
        }
    }

    static final class Resolver {
        private final String scope;
        private final Map<String, Integer> arities;

        Resolver(String scope, Map<String, Integer> arities) {
            this.scope = scope;
            this.arities = arities;
        }

        int arity(String fn) {
            Integer arity = arities.get(fn);
            if (arity == null) {
                throw new IllegalArgumentException("unknown function " + fn + " in " + scope);
            }
            return arity;
        }

        boolean knows(String fn) {
            return arities != null && arities.containsKey(fn);
        }
    }

    static final class SymbolTable {
        private final Resolver builtins = new Resolver("builtin", this.intrinsics);
        private final Map<String, Integer> intrinsics = new HashMap<>(Map.of("abs", 1, "len", 1, "max", 2));
        private final Map<String, Integer> functions = new LinkedHashMap<>();

        void declare(String fn, int arity) {
            functions.put(fn, arity);
        }

        boolean known(String fn) {
            return functions.containsKey(fn) || intrinsics.containsKey(fn);
        }

        int arityOf(String fn) {
            if (functions.containsKey(fn)) {
                return new Resolver("user", functions).arity(fn);
            }
            return builtins.arity(fn);
        }

        String describe(String fn) {
            return fn + (builtins.knows(fn) ? " (builtin)" : functions.containsKey(fn) ? " (user)" : " (?)");
        }
    }

    static final class Compiler {
        private final SymbolTable symbols = new SymbolTable();
        private final List<Pass> passes = new ArrayList<>();

        Compiler(Set<String> options) {
            passes.add(new InliningPass(options));
        }

        List<Instr> compile(String source) {
            List<Instr> code = new ArrayList<>();
            for (String raw : source.split(";")) {
                String stmt = raw.strip();
                if (stmt.startsWith("def ")) {
                    String[] sig = stmt.substring(4).split("/");
                    symbols.declare(sig[0], Integer.parseInt(sig[1]));
                    continue;
                }
                int paren = stmt.indexOf('(');
                String fn = stmt.substring(0, paren);
                int args = stmt.substring(paren + 1, stmt.length() - 1).split(",").length;
                if (symbols.known(fn) && symbols.arityOf(fn) != args) {
                    throw new IllegalArgumentException("arity mismatch for " + symbols.describe(fn));
                }
                code.add(new Instr("call", fn));
            }
            for (Pass pass : passes) {
                code = pass.run(code);
            }
            return code;
        }
    }

    public static void main(String[] args) throws Exception {
        Compiler compiler = new Compiler(Set.of("debug"));
        System.out.println(compiler.compile("def area/2; area(3, 4); def mix/3; mix(a, b, c); draw(x)"));
        System.out.println(compiler.symbols.describe("area") + ", " + compiler.symbols.describe("len"));
        System.out.println("stats=" + compiler.passes.get(0).stats);

        expectNpe(44, () -> new Compiler(Set.of("intrinsics", "debug")));
        expectNpe(73, () -> compiler.compile("len(items)"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
