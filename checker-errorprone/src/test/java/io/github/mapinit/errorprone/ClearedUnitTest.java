package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The edges of the screen that skips units where no place can be null ({@code ClearedUnit}): each
 * unit here gives its map a non-null value somewhere, yet one order or value makes it null where it
 * is used, so the unit must still be analysed and the use reported. (The ordering hazards of spec
 * section 4 are in {@link OrderingHazardsTest}.)
 */
final class ClearedUnitTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
          .setArgs("-XepOpt:UninitializedMapWrite:Confidence=LOW");

  @Test
  void anEarlierInitialiserCallsAHelperThatUsesTheField() {
    helper
        .addSourceLines(
            "Early.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Early {",
            "  private final int size = count();",
            "  private final Map<String, Integer> counts = new HashMap<>();",
            "  private int count() {",
            "    // BUG: Diagnostic contains: `counts` may be null",
            "    return counts.size();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anEarlierStaticInitialiserCallsAHelperThatUsesTheMap() {
    helper
        .addSourceLines(
            "Codes.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Codes {",
            "  static final int COUNT = count();",
            "  static final Map<String, Integer> CODES = new HashMap<>();",
            "  private static int count() {",
            "    // BUG: Diagnostic contains: `CODES` may be null",
            "    return CODES.size();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aStaticBlockCallsAHelperThatUsesTheMapBeforeAssigningIt() {
    helper
        .addSourceLines(
            "Units.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Units {",
            "  static final Map<String, Integer> UNITS;",
            "  static {",
            "    register(\"m\");",
            "    UNITS = new HashMap<>();",
            "  }",
            "  private static void register(String unit) {",
            "    // BUG: Diagnostic contains: `UNITS` may be null",
            "    UNITS.put(unit, 1);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aConstructorHandsOutACallbackBeforeItAssignsTheField() {
    helper
        .addSourceLines(
            "Listener.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "import java.util.function.Consumer;",
            "class Listener {",
            "  private final Map<String, Integer> seen;",
            "  Listener(java.util.List<Consumer<String>> bus) {",
            "    bus.add(this::onEvent);",
            "    this.seen = new HashMap<>();",
            "  }",
            "  private void onEvent(String name) {",
            "    // BUG: Diagnostic contains: `seen` may be null",
            "    seen.merge(name, 1, Integer::sum);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aConstructorCanReturnBeforeItAssignsTheField() {
    helper
        .addSourceLines(
            "Config.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Config {",
            "  private Map<String, String> values;",
            "  Config(boolean empty) {",
            "    if (empty) return;",
            "    values = new HashMap<>();",
            "  }",
            "  String get(String key) {",
            "    // BUG: Diagnostic contains: `values` may be null",
            "    return values.get(key);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLocalOrAFieldGivenAMaybeNullValue() {
    helper
        .addSourceLines(
            "Values.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Values {",
            "  private Map<String, String> last = new HashMap<>();",
            "  void local(boolean b) {",
            "    Map<String, String> m = b ? new HashMap<>() : null;",
            "    // BUG: Diagnostic contains: `m` may be null",
            "    m.put(\"a\", \"b\");",
            "  }",
            "  void field(Map<String, String> other, boolean b) {",
            "    last = b ? other : null;",
            "  }",
            "  int size() {",
            "    // BUG: Diagnostic contains: `last` may be null",
            "    return last.size();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aTransientFieldOfASerializableClassIsNullOnceDeserialised() {
    helper
        .addSourceLines(
            "Preferences.java",
            "import java.io.Serializable;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Preferences implements Serializable {",
            "  private transient Map<String, String> cache;",
            "  Preferences() {",
            "    cache = new HashMap<>();",
            "  }",
            "  void remember(String key, String value) {",
            "    // BUG: Diagnostic contains: `cache` may be null",
            "    cache.put(key, value);",
            "  }",
            "}")
        .doTest();
  }
}
