package probe33;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

public class BH09Compiler {
    static final List<ModuleUnit> UNITS = new ArrayList<>();

    static final class Scope {
        private final Scope parent;
        private Map<String, String> symbols;

        Scope() {
            this.parent = null;
            this.symbols = new HashMap<>();
        }

        Scope(Scope parent) {
            this.parent = parent;
            Map<String, String> symbols = new HashMap<>();
            symbols.put("this", "ref");
        }

        void define(String name, String type) {
            Map<String, String> table = symbols;
            if (table == null) {
                table = new HashMap<>();
                symbols = table;
            }
            table.put(name, type);
        }

        String lookup(String name) {
            String type = symbols.get(name);
            if (type == null && parent != null) {
                return parent.lookup(name);
            }
            return type;
        }
    }

    static final class ClassSymbol {
        final String name;
        Map<String, String> fields;
        Map<String, String> methods;

        ClassSymbol(String name) {
            this.name = name;
            this.fields = new LinkedHashMap<>();
            this.fields = new LinkedHashMap<>();
        }
    }

    static final class ModuleUnit {
        final String name;
        final int version;
        Map<String, String> imports;

        ModuleUnit(String declaration) {
            UNITS.add(this);
            String[] parts = declaration.split("@");
            this.name = parts[0];
            this.version = Integer.parseInt(parts[1]);
            this.imports = new HashMap<>();
        }

        void addImport(String module, String alias) {
            imports.put(alias, module);
        }
    }

    void declareField(ClassSymbol cls, String field, String type) {
        cls.fields.put(field, type);
    }

    void declareMethod(ClassSymbol cls, String method, String signature) {
        cls.methods.put(method, signature);
    }

    int methodCount(ClassSymbol cls) {
        Map<String, String> m = cls.methods;
        return m == null ? 0 : m.size();
    }

    static int resolveAll() {
        int resolved = 0;
        for (ModuleUnit unit : UNITS) {
            for (String alias : unit.imports.keySet()) {
                resolved += alias.length();
            }
        }
        return resolved;
    }

    static int importCount() {
        int total = 0;
        for (ModuleUnit unit : UNITS) {
            Map<String, String> m = unit.imports;
            if (m != null) {
                total += m.size();
            }
        }
        return total;
    }

    static String describe(ModuleUnit unit) {
        return unit.name + "@" + unit.version;
    }

    public static void main(String[] args) throws Exception {
        BH09Compiler compiler = new BH09Compiler();
        Scope global = new Scope();
        global.define("x", "int");
        Scope block = new Scope(global);
        block.define("y", "long");
        System.out.println(block.lookup("x") + " " + block.lookup("y") + " " + global.lookup("y"));
        ClassSymbol point = new ClassSymbol("Point");
        compiler.declareField(point, "x", "int");
        System.out.println(point.name + " " + point.fields + " " + compiler.methodCount(point));
        ModuleUnit core = new ModuleUnit("core@1");
        core.addImport("java.base", "base");
        System.out.println(describe(core) + " " + resolveAll() + " " + importCount());

        Scope fresh = new Scope(global);
        expect(38, () -> fresh.lookup("x"));
        expect(81, () -> compiler.declareMethod(point, "norm", "()D"));
        expect(92, () -> {
            try {
                new ModuleUnit("broken");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("skipping module: " + e.getMessage() + " " + importCount());
            }
            resolveAll();
        });
    }

    private static final String FILE = "BH09Compiler.java";

    interface Probe {
        void run() throws Exception;
    }

    static void expect(int line, Probe probe) {
        Throwable thrown = null;
        try {
            probe.run();
        } catch (Throwable t) {
            thrown = t;
        }
        while ((thrown instanceof ExecutionException || thrown instanceof ExceptionInInitializerError)
                && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        if (!(thrown instanceof NullPointerException)) {
            throw new AssertionError("expected NullPointerException for line " + line, thrown);
        }
        StackTraceElement top = thrown.getStackTrace()[0];
        if (!FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("NullPointerException at " + top + ", expected line " + line, thrown);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
