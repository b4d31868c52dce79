package probe39;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Two-pass assembler of a toy stack VM, organised as a compiler pipeline. Phases only move
 * forward, NEW -> PARSED -> RESOLVED -> EMITTED, until {@code parse} or {@code reset} starts over.
 * The constant pool is built by {@code resolve} and exists exactly when the phase is at least
 * RESOLVED: each transition writes the pool and the phase together, and methods that need the
 * pool test {@code atLeast(Phase.RESOLVED)}.
 *
 * <p>This class is single-threaded: one assembler per compilation.
 */
public final class SI37Assembler {
    private enum Phase { NEW, PARSED, RESOLVED, EMITTED }

    private static final Set<String> NO_OPERAND = Set.of("add", "mul", "print", "pop");

    private Phase phase = Phase.NEW;
    private List<String[]> instructions = List.of();
    private LinkedHashMap<String, Integer> constantPool; // literal -> index; non-null iff atLeast(RESOLVED)

    private boolean atLeast(Phase p) {
        return phase.compareTo(p) >= 0;
    }

    public int parse(List<String> source) {
        if (source == null) {
            throw new IllegalArgumentException("source is null");
        }
        List<String[]> parsed = new ArrayList<>();
        for (String raw : source) {
            String line = raw == null ? "" : raw.strip();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            boolean ok = parts[0].equals("push") ? parts.length == 2 : NO_OPERAND.contains(parts[0]) && parts.length == 1;
            if (!ok) {
                throw new IllegalArgumentException("bad instruction: " + line);
            }
            parsed.add(parts);
        }
        instructions = List.copyOf(parsed);
        constantPool = null;
        phase = Phase.PARSED;
        return parsed.size();
    }

    public int resolve() {
        if (!atLeast(Phase.PARSED)) {
            throw new IllegalStateException("nothing parsed");
        }
        if (atLeast(Phase.RESOLVED)) {
            return constantPool.size();
        }
        LinkedHashMap<String, Integer> pool = new LinkedHashMap<>();
        for (String[] instruction : instructions) {
            if (instruction.length == 2) {
                pool.putIfAbsent(instruction[1], pool.size());
            }
        }
        constantPool = pool;
        phase = Phase.RESOLVED;
        return pool.size();
    }

    public List<String> emit() {
        if (!atLeast(Phase.RESOLVED)) {
            throw new IllegalStateException("resolve before emit");
        }
        List<String> code = new ArrayList<>();
        for (String[] instruction : instructions) {
            code.add(instruction.length == 2 ? "ldc #" + constantPool.get(instruction[1]) : instruction[0]);
        }
        phase = Phase.EMITTED;
        return code;
    }

    public int constantIndex(String literal) {
        if (literal == null) {
            throw new IllegalArgumentException("literal is null");
        }
        return atLeast(Phase.RESOLVED) ? constantPool.getOrDefault(literal, -1) : -1;
    }

    public List<String> constants() {
        return atLeast(Phase.RESOLVED) ? List.copyOf(constantPool.keySet()) : List.of();
    }

    public String phase() {
        return phase.name();
    }

    public void reset() {
        phase = Phase.NEW;
        instructions = List.of();
        constantPool = null;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
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

    public static void main(String[] args) {
        SI37Assembler asm = new SI37Assembler();
        check(asm.constants().isEmpty() && asm.constantIndex("1") == -1 && asm.phase().equals("NEW"), "new");
        expect(IllegalStateException.class, asm::resolve);
        expect(IllegalStateException.class, asm::emit);
        expect(IllegalArgumentException.class, () -> asm.parse(List.of("push")));
        expect(IllegalArgumentException.class, () -> asm.parse(List.of("jump 4")));
        expect(IllegalArgumentException.class, () -> asm.parse(null));
        asm.reset();

        List<String> program = List.of("; sum", "push 40", "push 2", "add", "push \"hi\"", "print", "push 2", "mul");
        check(asm.parse(program) == 7 && asm.constants().isEmpty(), "parsed, no pool yet");
        expect(IllegalStateException.class, asm::emit);
        check(asm.resolve() == 3 && asm.resolve() == 3 && asm.constantIndex("\"hi\"") == 2, "resolved");
        check(asm.emit().equals(List.of("ldc #0", "ldc #1", "add", "ldc #2", "print", "ldc #1", "mul")), "emitted");
        check(asm.phase().equals("EMITTED") && asm.resolve() == 3 && asm.emit().size() == 7, "emit twice");

        check(asm.parse(java.util.Arrays.asList("push 7", null, "pop")) == 2, "reparse");
        check(asm.constantIndex("40") == -1 && asm.constants().isEmpty(), "pool dropped by reparse");
        check(asm.resolve() == 1 && asm.constants().equals(List.of("7")), "new pool");
        asm.reset();
        asm.reset();
        expect(IllegalStateException.class, asm::emit);
        check(asm.constantIndex("7") == -1 && asm.phase().equals("NEW"), "reset");
        System.out.println("OK SI37Assembler");
    }
}
