package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The check on Java 17's language features: it must never throw (the surefire configuration turns
 * an internal error into a failure), and it must still find the bug inside them.
 */
final class LanguageFeaturesTest {

  // Every confidence: these tests are about the language, not about how sure a finding is.
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
          .setArgs("-XepOpt:UninitializedMapWrite:Confidence=LOW");

  @Test
  void recordsEnumsAndSealedTypes() {
    helper
        .addSourceLines(
            "Shapes.java",
            "import java.util.EnumMap;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "sealed interface Shape permits Circle, Square {}",
            "record Circle(double r, Map<String, String> tags) implements Shape {",
            "  Circle {",
            "    if (tags == null) tags = Map.of();",
            "  }",
            "  String tag(String k) { return tags.get(k); }",
            "}",
            "record Square(double side) implements Shape {",
            "  static Map<String, Square> cache;",
            "  static Square of(double side) {",
            "    // BUG: Diagnostic contains: `cache` may be null",
            "    return cache.computeIfAbsent(String.valueOf(side), k -> new Square(side));",
            "  }",
            "}",
            "enum Color {",
            "  RED, GREEN;",
            "  private final Map<String, Integer> shades = new HashMap<>();",
            "  private EnumMap<Color, Integer> contrast;",
            "  void shade(String name, int value) { shades.put(name, value); }",
            "  int contrastWith(Color other) {",
            "    // BUG: Diagnostic contains: `contrast` may be null",
            "    return contrast.getOrDefault(other, 0);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aMethodOfAnArrayInAnAnalysedStaticHelper() {
    // javac's Symbol.outermostClass() fails on the clone() of an array, whose owner it makes up.
    helper
        .addSourceLines(
            "ArrayCopies.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class ArrayCopies {",
            "  static Map<String, Integer> index;",
            "  static String[] names = {\"a\"};",
            "  static int count(Map<String, Integer> seed) {",
            "    String[] copy = names.clone();",
            "    // BUG: Diagnostic contains: `seed` may be null",
            "    return seed.size() + copy.length;",
            "  }",
            "  static int none() { return count(null); }",
            "  static void fill() { index = new HashMap<>(); }",
            "}")
        .doTest();
  }

  @Test
  void switchExpressionsPatternsAndVar() {
    helper
        .addSourceLines(
            "Router.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import java.util.TreeMap;",
            "class Router {",
            "  private Map<String, Runnable> routes;",
            "  Router(int mode) {",
            "    routes = switch (mode) {",
            "      case 0 -> new HashMap<>();",
            "      case 1 -> { var m = new TreeMap<String, Runnable>(); yield m; }",
            "      default -> null;",
            "    };",
            "  }",
            "  void add(Object key, Runnable r) {",
            "    if (key instanceof String s && !s.isBlank()) {",
            "      // BUG: Diagnostic contains: it is set to a value that may be null at line 7",
            "      routes.put(s, r);",
            "    }",
            "  }",
            "  String describe(int o) {",
            "    return switch (o) {",
            "      case 1, 2 -> \"few\";",
            "      // BUG: Diagnostic contains: the write `clear`",
            "      default -> { routes.clear(); yield \"many\"; }",
            "    };",
            "  }",
            "  String text() {",
            "    return \"\"\"",
            "        routes",
            "        \"\"\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void lambdasLocalAndAnonymousClassesAndMethodReferences() {
    helper
        .addSourceLines(
            "Bus.java",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.function.Consumer;",
            "import java.util.function.Supplier;",
            "class Bus {",
            "  private Map<String, List<Consumer<String>>> subscribers;",
            "  private final Map<String, String> names = new HashMap<>();",
            "  Supplier<Integer> size = () -> names.size();",
            "  void init() { subscribers = new HashMap<>(); }",
            "  void subscribe(String topic, Consumer<String> c) {",
            "    Runnable r = () -> {",
            "      // BUG: Diagnostic contains: `subscribers` may be null",
            "      subscribers.computeIfAbsent(topic, t -> new ArrayList<>()).add(c);",
            "    };",
            "    r.run();",
            "  }",
            "  Object local() {",
            "    class Local { Map<String, String> m; void set() { m = new HashMap<>(); m.put(\"a\", \"b\"); } }",
            "    Local l = new Local();",
            "    l.set();",
            "    return new Object() {",
            "      @Override public String toString() { return names.toString(); }",
            "    };",
            "  }",
            "  Consumer<String> printer() { return names::remove; }",
            "}")
        .doTest();
  }

  @Test
  void genericsRawTypesAndInheritance() {
    helper
        .addSourceLines(
            "Store.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Base<K extends Comparable<K>, V> {",
            "  protected Map<K, V> items = new HashMap<>();",
            "  V get(K k) { return items.get(k); }",
            "}",
            "class Store<T extends Comparable<T>> extends Base<T, String> {",
            "  @SuppressWarnings(\"rawtypes\") private Map raw;",
            "  private Map<T, Map<T, String>> nested;",
            "  Store() { super(); }",
            "  @SuppressWarnings(\"unchecked\") void put(T key) {",
            "    // BUG: Diagnostic contains: `raw` may be null",
            "    raw.put(key, key);",
            "    items.put(key, \"x\");",
            "  }",
            "  void nest(T a, T b) {",
            "    // BUG: Diagnostic contains: `nested` may be null",
            "    nested.computeIfAbsent(a, k -> new HashMap<>()).put(b, \"y\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void loopsLabelsTryWithResourcesRecursionAndSynchronized() {
    helper
        .addSourceLines(
            "Walker.java",
            "import java.io.StringReader;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Walker {",
            "  private Map<String, Integer> seen;",
            "  private final Object lock = new Object();",
            "  Walker() { reset(); }",
            "  private void reset() { seen = new HashMap<>(); }",
            "  int depth(int n) { return n <= 0 ? 0 : 1 + depth(n - 1); }",
            "  private int even(int n) { return n == 0 ? 1 : odd(n - 1); }",
            "  private int odd(int n) { return n == 0 ? 0 : even(n - 1); }",
            "  void walk(String[][] grid) throws Exception {",
            "    outer:",
            "    for (String[] row : grid) {",
            "      int i = 0;",
            "      do {",
            "        if (row[i] == null) continue outer;",
            "        if (row[i].isEmpty()) break outer;",
            "        synchronized (lock) { seen.merge(row[i], 1, Integer::sum); }",
            "        i++;",
            "      } while (i < row.length);",
            "    }",
            "    try (StringReader r = new StringReader(\"x\")) {",
            "      seen.put(String.valueOf((char) r.read()), even(4));",
            "    } finally {",
            "      seen.remove(\"x\");",
            "    }",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void interfacesAnnotationsAndNestedTypes() {
    helper
        .addSourceLines(
            "Api.java",
            "import java.util.Map;",
            "import java.util.concurrent.ConcurrentHashMap;",
            "interface Api {",
            "  Map<String, String> DEFAULTS = new ConcurrentHashMap<>();",
            "  default String get(String k) { return DEFAULTS.get(k); }",
            "  @interface Marker { String value() default \"\"; }",
            "  class Impl implements Api {",
            "    class Inner {",
            "      Map<String, String> own;",
            "      // BUG: Diagnostic contains: `own` may be null",
            "      void set() { own.put(\"a\", \"b\"); }",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
