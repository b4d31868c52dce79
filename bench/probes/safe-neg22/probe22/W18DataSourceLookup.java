package probe22;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * JNDI-like data source lookup. The name table is loaded on demand from a loader that returns
 * null when no datasource configuration exists; after assigning the loader's result each method
 * re-checks the field before using it.
 */
public class W18DataSourceLookup {

    /** Not thread-safe; used during application context refresh only. */
    public static final class DataSourceLookup {
        private final Supplier<Map<String, String>> loader; // may return null
        private Map<String, String> urlsByName;            // null until loaded, and after invalidate()
        private int loads;

        public DataSourceLookup(Supplier<Map<String, String>> loader) {
            this.loader = loader;
        }

        public Optional<String> lookup(String name) {
            if (urlsByName == null) {
                loads++;
                urlsByName = loader.get();
                if (urlsByName == null) {
                    return Optional.empty();
                }
            }
            return Optional.ofNullable(urlsByName.get(name));
        }

        public Set<String> names() {
            if (urlsByName == null) {
                loads++;
                urlsByName = loader.get();
                if (urlsByName == null) {
                    return Set.of();
                }
            }
            return new TreeSet<>(urlsByName.keySet());
        }

        public void invalidate() {
            urlsByName = null;
        }

        public int loads() {
            return loads;
        }
    }

    public static void main(String[] args) {
        DataSourceLookup none = new DataSourceLookup(() -> null);
        System.out.println(none.lookup("main") + " " + none.names() + " loads=" + none.loads());

        boolean[] configured = {false};
        DataSourceLookup lookup = new DataSourceLookup(
                () -> configured[0] ? Map.of("main", "jdbc:postgresql://db/main", "reports", "jdbc:postgresql://ro/rep") : null);
        System.out.println(lookup.lookup("main") + " loads=" + lookup.loads());

        configured[0] = true;
        System.out.println(lookup.lookup("main").orElse("?") + " " + lookup.names() + " loads=" + lookup.loads());
        System.out.println(lookup.lookup("audit").isPresent() + " loads=" + lookup.loads());

        lookup.invalidate();
        configured[0] = false;
        System.out.println(lookup.names() + " " + lookup.lookup("reports") + " loads=" + lookup.loads());
    }
}
