package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class S34ParserSymbolTable {
    private Map<String, Integer> globals;
    private Map<String, Integer> locals;
    private final List<String> output = new ArrayList<>();

    private int readLocal(String name) {
        return locals.get(name);
    }

    private int readGlobal(String name) {
        return globals.getOrDefault(name, 0);
    }

    private void writeLocal(String name, int v) {
        locals.put(name, v);
    }

    private int resolve(String name) {
        if (locals != null && locals.containsKey(name)) {
            return readLocal(name);
        }
        if (globals != null) {
            return readGlobal(name);
        }
        return 0;
    }

    private int eval(String expr) {
        int sum = 0;
        for (String term : expr.split("\\+")) {
            String t = term.trim();
            sum += t.matches("-?\\d+") ? Integer.parseInt(t) : resolve(t);
        }
        return sum;
    }

    public void exec(String line) {
        String[] tok = line.trim().split("\\s+", 2);
        switch (tok[0]) {
            case "fn" -> locals = new HashMap<>();
            case "end" -> locals = null;
            case "print" -> output.add(tok[1] + "=" + eval(tok[1]));
            case "let" -> {
                String[] kv = tok[1].split("=", 2);
                String name = kv[0].trim();
                int value = eval(kv[1]);
                if (locals != null) {
                    writeLocal(name, value);
                } else {
                    if (globals == null) {
                        globals = new HashMap<>();
                    }
                    globals.put(name, value);
                }
            }
            default -> throw new IllegalArgumentException("bad statement: " + line);
        }
    }

    public static void main(String[] args) {
        S34ParserSymbolTable p = new S34ParserSymbolTable();
        String program = String.join("\n",
                "print x + 1",
                "fn",
                "let y = 5",
                "print y + x",
                "end",
                "let x = 10",
                "print x + y",
                "fn",
                "let x = 2",
                "let z = x + 40",
                "print z + x",
                "end",
                "print x + z");
        for (String line : program.split("\n")) {
            p.exec(line);
        }
        System.out.println(p.output);
        try {
            p.exec("goto 10");
        } catch (IllegalArgumentException e) {
            System.out.println("expected: " + e.getMessage());
        }
    }
}
