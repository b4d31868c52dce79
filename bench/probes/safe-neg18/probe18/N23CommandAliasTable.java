package probe18;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Alias table for a command-line shell: maps short aliases to canonical command names. */
public final class N23CommandAliasTable {
    private Map<String, String> canonicalOf;
    private Map<String, List<String>> aliasesOf;

    private static boolean isEmpty(Map<?, ?> m) {
        return m == null || m.isEmpty();
    }

    private static boolean hasEntries(Map<?, ?> m) {
        return !isEmpty(m);
    }

    public void alias(String alias, String command) {
        if (isEmpty(canonicalOf)) {
            canonicalOf = new HashMap<>();
            aliasesOf = new TreeMap<>();
        }
        String previous = canonicalOf.put(alias, command);
        if (previous != null) {
            aliasesOf.get(previous).remove(alias);
        }
        aliasesOf.computeIfAbsent(command, c -> new ArrayList<>()).add(alias);
    }

    public String resolve(String word) {
        if (isEmpty(canonicalOf)) {
            return word;
        }
        return canonicalOf.getOrDefault(word, word);
    }

    public List<String> aliasesFor(String command) {
        if (!hasEntries(aliasesOf)) {
            return List.of();
        }
        List<String> list = aliasesOf.get(command);
        return list == null ? List.of() : List.copyOf(list);
    }

    public boolean unalias(String alias) {
        if (!hasEntries(canonicalOf)) {
            return false;
        }
        String command = canonicalOf.remove(alias);
        if (command == null) {
            return false;
        }
        aliasesOf.get(command).remove(alias);
        if (canonicalOf.isEmpty()) {
            canonicalOf = null;
            aliasesOf = null;
        }
        return true;
    }

    public static void main(String[] args) {
        N23CommandAliasTable t = new N23CommandAliasTable();
        System.out.println(t.resolve("ll") + " " + t.aliasesFor("ls") + " " + t.unalias("ll"));
        t.alias("ll", "ls -l");
        t.alias("la", "ls -a");
        t.alias("ll", "ls -la");
        System.out.println(t.resolve("ll") + " | " + t.aliasesFor("ls -l") + " | " + t.aliasesFor("ls -la"));
        System.out.println(t.unalias("ll") + " " + t.unalias("la") + " " + t.unalias("la"));
        System.out.println(t.resolve("la") + " " + t.aliasesFor("ls -a"));
        t.alias("g", "git");
        System.out.println(t.resolve("g"));
    }
}
