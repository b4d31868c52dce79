package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import edu.umd.cs.findbugs.BugInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding keeps its identity (SpotBugs' instance hash, which a baseline file matches) when the
 * lines above it move, although its message names lines.
 */
final class FindingIdentityTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "package identity;",
          "import java.util.Map;",
          "public class Cache {",
          "  private Map<String, String> entries;",
          "  public Cache() {}",
          "  public void put(String k) { entries.put(k, k); }",
          "}");

  @Test
  void theInstanceHashDoesNotDependOnLineNumbers(@TempDir Path work) throws IOException {
    BugInstance before = onlyFinding(work.resolve("before"), SOURCE);
    BugInstance after = onlyFinding(work.resolve("after"), "\n\n// moved down\n" + SOURCE);
    assertNotEquals(
        before.getPrimarySourceLineAnnotation().getStartLine(),
        after.getPrimarySourceLineAnnotation().getStartLine());
    assertNotEquals(before.getMessageWithoutPrefix(), after.getMessageWithoutPrefix());
    assertEquals(before.getInstanceHash(), after.getInstanceHash());
  }

  private static BugInstance onlyFinding(Path dir, String source) throws IOException {
    Path file = dir.resolve("identity/Cache.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    assertEquals(
        0,
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-g", "-d", classes.toString(), file.toString()));
    List<BugInstance> ours =
        SpotBugsRunner.run(List.of(classes), Map.of()).ours().stream().collect(Collectors.toList());
    assertEquals(1, ours.size(), ours.toString());
    return ours.get(0);
  }
}
