package probe23;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * OSGi-like bundles whose export table (package to version) is null when a bundle exports nothing.
 * Bundles are ordered for resolution with {@code Comparator.nullsFirst}, so {@code Map::size} and
 * the first-key extractor only ever see real maps.
 */
public final class X38BundleOrdering {

    static final class Bundle {
        final String symbolicName;
        private SortedMap<String, String> exports;

        Bundle(String symbolicName) {
            this.symbolicName = symbolicName;
        }

        Bundle export(String pkg, String version) {
            if (exports == null) {
                exports = new TreeMap<>();
            }
            exports.put(pkg, version);
            return this;
        }

        void unexportAll() {
            exports = null;
        }

        @Override
        public String toString() {
            return symbolicName + (exports == null ? "" : exports.keySet().toString());
        }
    }

    /** Bundles that export nothing first, then by number of exports, then by name. */
    static final Comparator<Bundle> RESOLUTION_ORDER =
            Comparator.comparing((Bundle b) -> b.exports, Comparator.nullsFirst(Comparator.comparingInt(Map::size)))
                    .thenComparing(b -> b.symbolicName);

    /** Bundles ordered by their alphabetically first exported package; non-exporting ones last. */
    static final Comparator<Bundle> BY_FIRST_PACKAGE =
            Comparator.comparing((Bundle b) -> b.exports,
                    Comparator.nullsLast(Comparator.comparing((SortedMap<String, String> m) -> m.firstKey())))
                    .thenComparing(b -> b.symbolicName);

    public static void main(String[] args) {
        Bundle api = new Bundle("com.acme.api").export("com.acme.api", "1.2").export("com.acme.spi", "1.0");
        Bundle impl = new Bundle("com.acme.impl");
        Bundle util = new Bundle("org.util").export("org.util.text", "3.1");
        Bundle fragment = new Bundle("com.acme.fragment");
        List<Bundle> bundles = new ArrayList<>(List.of(api, impl, util, fragment));

        bundles.sort(RESOLUTION_ORDER);
        System.out.println("resolution: " + bundles);
        bundles.sort(BY_FIRST_PACKAGE);
        System.out.println("by package: " + bundles);

        api.unexportAll();
        impl.export("com.acme.impl.internal", "0.9");
        bundles.sort(RESOLUTION_ORDER);
        System.out.println("resolution: " + bundles);
        bundles.sort(BY_FIRST_PACKAGE.reversed());
        System.out.println("reversed:   " + bundles);
    }
}
