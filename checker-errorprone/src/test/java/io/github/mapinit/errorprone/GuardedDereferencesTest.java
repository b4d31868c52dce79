package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The edges of the screen that skips units whose every dereference of a place that may be null is
 * guarded ({@code GuardedDereferences}): each unit here tests its map for null, or gives it a
 * value, somewhere before a use, yet something between the two, or the place tested, makes the use
 * meet a null, so the unit must still be analysed and the use reported.
 */
final class GuardedDereferencesTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
          .setArgs("-XepOpt:UninitializedMapWrite:Confidence=LOW");

  @Test
  void aHelperBetweenTheTestAndTheUseResetsTheField() {
    helper
        .addSourceLines(
            "Sessions.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Sessions {",
            "  private Map<String, Integer> open = new HashMap<>();",
            "  void touch(String id) {",
            "    if (open != null) {",
            "      expire();",
            "      // BUG: Diagnostic contains: `open` may be null",
            "      open.put(id, 1);",
            "    }",
            "  }",
            "  private void expire() {",
            "    open = null;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theConditionCallsAHelperAfterTheTest() {
    helper
        .addSourceLines(
            "Quotas.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Quotas {",
            "  private Map<String, Integer> used = new HashMap<>();",
            "  void charge(String user) {",
            "    if (used != null && rotated()) {",
            "      // BUG: Diagnostic contains: `used` may be null",
            "      used.merge(user, 1, Integer::sum);",
            "    }",
            "  }",
            "  private boolean rotated() {",
            "    used = null;",
            "    return true;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aCopyTakenAfterAHelperResetTheTestedFieldCarriesItsNull() {
    helper
        .addSourceLines(
            "Labels.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Labels {",
            "  private Map<String, String> names = new HashMap<>();",
            "  void rename(String from, String to) {",
            "    if (names != null) {",
            "      forget();",
            "      Map<String, String> current = names;",
            "      // BUG: Diagnostic contains: `current` may be null",
            "      current.put(from, to);",
            "    }",
            "  }",
            "  private void forget() {",
            "    names = null;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anIfThatNeitherLeavesNorAssignsGuardsNothing() {
    helper
        .addSourceLines(
            "Tags.java",
            "import java.util.Map;",
            "class Tags {",
            "  private Map<String, Integer> counts;",
            "  void tag(String tag) {",
            "    if (counts == null) {",
            "      System.out.println(\"no counts yet\");",
            "    }",
            "    // BUG: Diagnostic contains: `counts` may be null",
            "    counts.merge(tag, 1, Integer::sum);",
            "  }",
            "  void start(Map<String, Integer> fresh) {",
            "    counts = fresh;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLoopReassignsTheTestedLocal() {
    helper
        .addSourceLines(
            "Chain.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Chain {",
            "  private final Map<Integer, Map<String, String>> levels = new HashMap<>();",
            "  void fill(int depth) {",
            "    Map<String, String> level = find(0);",
            "    if (level == null) {",
            "      return;",
            "    }",
            "    for (int i = 1; i < depth; i++) {",
            "      // BUG: Diagnostic contains: `level` may be null",
            "      level.put(\"depth\", String.valueOf(i));",
            "      level = find(i);",
            "    }",
            "  }",
            "  private Map<String, String> find(int depth) {",
            "    return depth < levels.size() ? levels.get(depth) : null;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anotherObjectsFieldTestedGuardsNotThisOne() {
    helper
        .addSourceLines(
            "Ledger.java",
            "import java.util.Map;",
            "class Ledger {",
            "  private Map<String, Long> balances;",
            "  void copyFrom(Ledger other, String account) {",
            "    if (other.balances != null) {",
            "      // BUG: Diagnostic contains: `balances` may be null",
            "      balances.put(account, other.balances.get(account));",
            "    }",
            "  }",
            "  void open(Map<String, Long> initial) {",
            "    balances = initial;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLazyCreationFollowedByACallOfTheClassThatResetsIt() {
    helper
        .addSourceLines(
            "Registry.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Registry {",
            "  private Map<String, Integer> ids;",
            "  void add(String name) {",
            "    if (ids == null) {",
            "      ids = new HashMap<>();",
            "    }",
            "    rotate(name);",
            "    // BUG: Diagnostic contains: `ids` may be null",
            "    ids.put(name, name.length());",
            "  }",
            "  private void rotate(String name) {",
            "    if (name.isEmpty()) {",
            "      ids = null;",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void anElseBranchThatDropsTheMapBeforeTheUse() {
    helper
        .addSourceLines(
            "Window.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Window {",
            "  private Map<String, Integer> hits;",
            "  void hit(String key, boolean reset) {",
            "    if (hits == null) {",
            "      hits = new HashMap<>();",
            "    } else if (reset) {",
            "      hits = null;",
            "    }",
            "    // BUG: Diagnostic contains: `hits` may be null",
            "    hits.merge(key, 1, Integer::sum);",
            "  }",
            "}")
        .doTest();
  }
}
