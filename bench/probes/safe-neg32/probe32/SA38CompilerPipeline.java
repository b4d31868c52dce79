package probe32;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-phase compiler driver (parse -> resolve -> emit -> dispose) like javac's
 * CompileStates or the Kotlin compiler's phase manager. The symbol-slot table is created in
 * resolve() and freed in dispose(), so it exists exactly for phases RESOLVED..EMITTED; uses are
 * guarded by ordinal comparisons on the phase enum.
 */
public class SA38CompilerPipeline {

    public enum Phase { NEW, PARSED, RESOLVED, EMITTED, DISPOSED }

    private Phase phase = Phase.NEW;
    private List<String[]> statements;
    private Map<String, Integer> slots; // non-null <=> RESOLVED <= phase <= EMITTED
    private final List<String> code = new ArrayList<>();

    private boolean symbolsAvailable() {
        return phase.compareTo(Phase.RESOLVED) >= 0 && phase.compareTo(Phase.EMITTED) <= 0;
    }

    public void parse(String source) {
        if (phase != Phase.NEW) {
            throw new IllegalStateException("already parsed");
        }
        statements = new ArrayList<>();
        for (String line : source.split(";")) {
            if (!line.isBlank()) {
                statements.add(line.trim().split("\\s*=\\s*|\\s+"));
            }
        }
        phase = Phase.PARSED;
    }

    public void resolve() {
        if (phase != Phase.PARSED) {
            throw new IllegalStateException("cannot resolve in phase " + phase);
        }
        Map<String, Integer> table = new LinkedHashMap<>();
        for (String[] st : statements) {
            if (st[0].equals("var")) {
                table.putIfAbsent(st[1], table.size());
            }
        }
        slots = table;
        phase = Phase.RESOLVED;
    }

    public int slotOf(String variable) {
        if (!symbolsAvailable()) {
            throw new IllegalStateException("symbols not available in phase " + phase);
        }
        Integer slot = slots.get(variable);
        if (slot == null) {
            throw new IllegalArgumentException("undeclared variable " + variable);
        }
        return slot;
    }

    public List<String> emit() {
        if (phase.compareTo(Phase.RESOLVED) < 0) {
            resolve();
        }
        if (phase.compareTo(Phase.RESOLVED) > 0) {
            return List.copyOf(code);
        }
        for (String[] st : statements) {
            if (st[0].equals("var")) {
                code.add("iconst_0; istore " + slots.get(st[1]));
            } else if (st[1].matches("-?\\d+")) {
                code.add("ldc " + st[1] + "; istore " + slotOf(st[0]));
            } else {
                code.add("iload " + slotOf(st[1]) + "; istore " + slotOf(st[0]));
            }
        }
        phase = Phase.EMITTED;
        return List.copyOf(code);
    }

    public int maxLocals() {
        return symbolsAvailable() ? slots.size() : 0;
    }

    public void dispose() {
        slots = null;
        statements = null;
        phase = Phase.DISPOSED;
    }

    public static void main(String[] args) {
        SA38CompilerPipeline unit = new SA38CompilerPipeline();
        System.out.println("new: maxLocals=" + unit.maxLocals() + " phase=" + unit.phase);
        try {
            unit.slotOf("a");
        } catch (IllegalStateException expected) {
            System.out.println("slotOf: " + expected.getMessage());
        }
        unit.parse("var a; var b; a = 42; b = a");
        System.out.println("parsed: maxLocals=" + unit.maxLocals());
        unit.resolve();
        System.out.println("resolved: slot(b)=" + unit.slotOf("b") + " maxLocals=" + unit.maxLocals());
        System.out.println("code=" + unit.emit() + " again=" + unit.emit().size() + " slot(a)=" + unit.slotOf("a"));
        unit.dispose();
        unit.dispose();
        System.out.println("disposed: maxLocals=" + unit.maxLocals() + " emit=" + unit.emit().size());
        try {
            unit.slotOf("a");
        } catch (IllegalStateException expected) {
            System.out.println("slotOf: " + expected.getMessage());
        }
        SA38CompilerPipeline bad = new SA38CompilerPipeline();
        bad.parse("var x; y = x");
        try {
            bad.emit();
        } catch (IllegalArgumentException expected) {
            System.out.println("emit: " + expected.getMessage() + " phase=" + bad.phase + " maxLocals=" + bad.maxLocals());
        }
        try {
            bad.resolve();
        } catch (IllegalStateException expected) {
            System.out.println("resolve: " + expected.getMessage());
        }
    }
}
