package probe22;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Column alias resolution for a query planner, written with streams. The alias map may be null;
 * the null test lives inside the lambdas, which run later, when the terminal operation pulls
 * elements. In {@code aliasedColumns} the {@code map} step relies on the preceding {@code filter}
 * step having seen a non-null map for the same element.
 */
public class W40AliasFilter {

    /** Not thread-safe; one resolver per query compilation. */
    public static final class AliasResolver {
        private Map<String, String> aliases; // alias -> column; null when no aliases are defined

        public void alias(String alias, String column) {
            if (aliases == null) {
                aliases = new HashMap<>();
            }
            aliases.put(alias, column);
        }

        public void dropAliases() {
            aliases = null;
        }

        public List<String> resolveAll(List<String> names) {
            return names.stream()
                    .map(n -> aliases != null && aliases.containsKey(n) ? aliases.get(n) : n)
                    .collect(Collectors.toList());
        }

        public List<String> aliasedColumns(List<String> names) {
            return names.stream()
                    .filter(n -> aliases != null && aliases.containsKey(n))
                    .map(n -> aliases.get(n))
                    .distinct()
                    .collect(Collectors.toList());
        }

        public Supplier<String> describer() {
            return () -> aliases == null ? "no aliases" : aliases.size() + " aliases " + new java.util.TreeMap<>(aliases);
        }
    }

    public static void main(String[] args) {
        AliasResolver r = new AliasResolver();
        Supplier<String> describe = r.describer();
        List<String> select = List.of("o", "c", "total", "o");
        System.out.println(r.resolveAll(select) + " " + r.aliasedColumns(select) + " " + describe.get());

        r.alias("o", "orders.id");
        r.alias("c", "customers.name");
        System.out.println(r.resolveAll(select) + " " + r.aliasedColumns(select) + " " + describe.get());

        r.dropAliases();
        System.out.println(r.resolveAll(select) + " " + r.aliasedColumns(select) + " " + describe.get());
    }
}
