package io.github.mapinit.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The suggested fix: an initialiser at the declaration with the declared type's natural
 * implementation (spec section 6), and no fix where it would be wrong.
 */
final class DeclarationFixTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "java.util.Map, java.util.HashMap",
    "java.util.HashMap, java.util.HashMap",
    "java.util.SortedMap, java.util.TreeMap",
    "java.util.NavigableMap, java.util.TreeMap",
    "java.util.TreeMap, java.util.TreeMap",
    "java.util.concurrent.ConcurrentMap, java.util.concurrent.ConcurrentHashMap",
    "java.util.concurrent.ConcurrentHashMap, java.util.concurrent.ConcurrentHashMap",
    "java.util.concurrent.ConcurrentNavigableMap, java.util.concurrent.ConcurrentSkipListMap",
    "java.util.LinkedHashMap, java.util.LinkedHashMap",
    "java.util.IdentityHashMap, java.util.IdentityHashMap",
    "java.util.WeakHashMap, java.util.WeakHashMap",
    "java.util.Hashtable, java.util.Hashtable",
  })
  void initialisesWithTheNaturalImplementation(String declared, String implementation) {
    String declaredSimple = declared.substring(declared.lastIndexOf('.') + 1);
    String implementationSimple = implementation.substring(implementation.lastIndexOf('.') + 1);
    // Error Prone adds the implementation's import in sorted order.
    String[] imports =
        java.util.stream.Stream.of(declared, implementation)
            .distinct()
            .sorted()
            .map(type -> "import " + type + ";")
            .toArray(String[]::new);
    BugCheckerRefactoringTestHelper.newInstance(UninitializedMapWrite.class, getClass())
        .addInputLines(
            "Cache.java",
            "import " + declared + ";",
            "class Cache {",
            "  private " + declaredSimple + "<String, Integer> counts;",
            "  void add(String key) {",
            "    counts.merge(key, 1, Integer::sum);",
            "  }",
            "}")
        .addOutputLines(
            "Cache.java",
            String.join("\n", imports),
            "class Cache {",
            "  private "
                + declaredSimple
                + "<String, Integer> counts = new "
                + implementationSimple
                + "<>();",
            "  void add(String key) {",
            "    counts.merge(key, 1, Integer::sum);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void propertiesHaveNoTypeArguments() {
    BugCheckerRefactoringTestHelper.newInstance(UninitializedMapWrite.class, getClass())
        .addInputLines(
            "Settings.java",
            "import java.util.Properties;",
            "class Settings {",
            "  private static Properties defaults;",
            "  static void set(String key, String value) {",
            "    defaults.setProperty(key, value);",
            "  }",
            "}")
        .addOutputLines(
            "Settings.java",
            "import java.util.Properties;",
            "class Settings {",
            "  private static Properties defaults = new Properties();",
            "  static void set(String key, String value) {",
            "    defaults.setProperty(key, value);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void enumMapIsBuiltFromItsKeyClass() {
    BugCheckerRefactoringTestHelper.newInstance(UninitializedMapWrite.class, getClass())
        .addInputLines(
            "Thresholds.java",
            "import java.util.EnumMap;",
            "class Thresholds {",
            "  enum Level { LOW, HIGH }",
            "  private EnumMap<Level, Integer> limits;",
            "  void set(Level level, int limit) {",
            "    limits.put(level, limit);",
            "  }",
            "}")
        .addOutputLines(
            "Thresholds.java",
            "import java.util.EnumMap;",
            "class Thresholds {",
            "  enum Level { LOW, HIGH }",
            "  private EnumMap<Level, Integer> limits = new EnumMap<>(Level.class);",
            "  void set(Level level, int limit) {",
            "    limits.put(level, limit);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void noFixForAResetOrAUserSubclassOrALocal() {
    CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
        .addSourceLines(
            "Registry.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Registry {",
            "  static class Table extends HashMap<String, String> {",
            "    Table(int size) { super(size); }",
            "  }",
            "  private Map<String, String> live = new HashMap<>();",
            "  private Table table;",
            "  void close() { live = null; }",
            "  void add(String k) {",
            "    // BUG: Diagnostic matches: reset",
            "    live.put(k, k);",
            "    // BUG: Diagnostic matches: subclass",
            "    table.put(k, k);",
            "  }",
            "  void local(boolean c) {",
            "    Map<String, String> m = c ? new HashMap<>() : null;",
            "    // BUG: Diagnostic matches: local",
            "    m.put(\"k\", \"v\");",
            "  }",
            "}")
        .expectErrorMessage(
            "reset",
            m ->
                m.contains("it is set to null at line 9 in `close()`")
                    && m.contains("check it for null"))
        .expectErrorMessage(
            "subclass", m -> m.contains("`table` may be null") && m.contains("check it for null"))
        .expectErrorMessage(
            "local",
            m ->
                m.contains("set to a value that may be null at line 17")
                    && m.contains("check it for null"))
        .doTest();
  }
}
