package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Spec 8's last paragraph in the check's own terms: a boolean set or tested together with a map
 * vouches for it within one body, and stops vouching as soon as either changes. The shared fixtures
 * cover the same rule for both engines; these pin the forms javac's dataflow graph gives.
 */
final class CorrelatedFlagsTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass())
          .setArgs("-XepOpt:UninitializedMapWrite:Confidence=LOW");

  @Test
  void aParameterTestedTwiceIsOnePathPerValue() {
    helper
        .addSourceLines(
            "Thumbnails.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Thumbnails {",
            "  private Map<String, byte[]> cache;",
            "  Thumbnails(boolean eager, String first) {",
            "    if (!eager) {",
            "      cache = new HashMap<>();",
            "    }",
            "    if (!eager) {",
            "      cache.remove(first);",
            "    }",
            "    if (eager) {",
            "      // BUG: Diagnostic contains: `cache` may be null",
            "      cache.put(first, new byte[0]);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aLocalFlagVouchesUntilTheMapOrTheFlagChanges() {
    helper
        .addSourceLines(
            "Index.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Index {",
            "  void build(String[] words, boolean wanted) {",
            "    Map<String, Integer> counts = null;",
            "    boolean created = false;",
            "    if (wanted) {",
            "      counts = new HashMap<>();",
            "      created = true;",
            "    }",
            "    if (created) {",
            "      counts.put(\"all\", words.length);",
            "    }",
            "    boolean known = counts != null;",
            "    if (known) {",
            "      counts.put(\"known\", 1);",
            "    }",
            "    boolean alsoKnown = known;",
            "    known &= words.length > 0;",
            "    counts = null;",
            "    if (alsoKnown) {",
            "      // BUG: Diagnostic contains: `counts` may be null",
            "      counts.put(\"again\", 2);",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aFieldFlagStopsVouchingAcrossACall() {
    helper
        .addSourceLines(
            "Loader.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Loader {",
            "  private Map<String, String> index;",
            "  private boolean ready;",
            "  Loader() {",
            "    index = new HashMap<>();",
            "  }",
            "  void load(String csv) {",
            "    index = null;",
            "    ready = false;",
            "    if (!csv.isEmpty()) {",
            "      index = new HashMap<>();",
            "      ready = true;",
            "    }",
            "    if (ready) {",
            "      index.put(\"csv\", csv);",
            "    }",
            "  }",
            "  void reload(String csv) {",
            "    index = null;",
            "    ready = false;",
            "    if (!csv.isEmpty()) {",
            "      index = new HashMap<>();",
            "      ready = true;",
            "    }",
            "    drop();",
            "    if (ready) {",
            "      // BUG: Diagnostic contains: `index` may be null",
            "      index.put(\"csv\", csv);",
            "    }",
            "  }",
            "  private void drop() {",
            "    index = null;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aFlagFieldSetWithTheMapVouchesInOtherMethodsWhileEveryBodyKeepsThePromise() {
    helper
        .addSourceLines(
            "JobTracker.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class JobTracker {",
            "  private Map<String, String> jobs;",
            "  private boolean started;",
            "  public void start() {",
            "    if (started) {",
            "      return;",
            "    }",
            "    jobs = new HashMap<>();",
            "    started = true;",
            "  }",
            "  public void submit(String id) {",
            "    if (started) {",
            "      jobs.put(id, id);",
            "    }",
            "  }",
            "  public int count() {",
            "    return started ? jobs.size() : 0;",
            "  }",
            "  public void stop() {",
            "    jobs = null;",
            "    started = false;",
            "  }",
            "  public void force(String id) {",
            "    // BUG: Diagnostic contains: `jobs` may be null",
            "    jobs.put(id, id);",
            "  }",
            "}")
        .addSourceLines(
            "LeakyTracker.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class LeakyTracker {",
            "  private Map<String, String> jobs;",
            "  private boolean started;",
            "  public void start() {",
            "    jobs = new HashMap<>();",
            "    started = true;",
            "  }",
            "  public void submit(String id) {",
            "    if (started) {",
            "      // BUG: Diagnostic contains: `jobs` may be null",
            "      jobs.put(id, id);",
            "    }",
            "  }",
            "  public void drop() {",
            "    jobs = null;",
            "  }",
            "}")
        .doTest();
  }
}
