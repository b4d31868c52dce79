package io.github.mapinit.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline route: {@code UpdateBaseline=true} writes the findings' entries to the {@code
 * Baseline} file and reports none; with the file, the findings it lists are not reported, wherever
 * their lines move, and new ones are.
 */
final class BaselineTest {

  private static final String BASELINE = "-XepOpt:UninitializedMapWrite:Baseline=";
  private static final String UPDATE = "-XepOpt:UninitializedMapWrite:UpdateBaseline=true";

  private static final String REGISTRY =
      String.join(
          "\n",
          "package shop;",
          "import java.util.Map;",
          "public class Registry {",
          "  private static Map<String, String> aliases;",
          "  static {",
          "    aliases.put(\"default\", \"main\");",
          "  }",
          "  private Map<String, Integer> counts;",
          "  private Map<String, String> names;",
          "  public Registry(String first, int[] order) {",
          "    if (order.length > 0) names.put(first, first);",
          "    names = new java.util.HashMap<>();",
          "  }",
          "  public void count(String key) { counts.merge(key, 1, Integer::sum); }",
          "  public int countOf(String key) { return counts.get(key); }",
          "  public static class Shelf {",
          "    private Map<String, String> items;",
          "    public void put(String k, String v) { items.put(k, v); }",
          "  }",
          "}");

  @TempDir Path dir;

  private Path source(String code) throws IOException {
    Path file = dir.resolve("src/shop/Registry.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, code);
    return file;
  }

  @Test
  void updateWritesEachFindingsClassMemberAndPlaceAndReportsNone() throws IOException {
    Path baseline = dir.resolve("baseline.txt");
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(List.of(source(REGISTRY)), BASELINE + baseline, UPDATE);
    assertTrue(result.success(), result.diagnostics().toString());
    assertEquals(List.of(), result.findings());
    assertEquals(
        List.of(
            "shop.Registry <clinit> aliases",
            "shop.Registry Registry(String,int[]) names",
            "shop.Registry count(String) counts",
            "shop.Registry countOf(String) counts",
            "shop.Registry$Shelf put(String,String) items"),
        entries(baseline));
  }

  @Test
  void knownFindingsAreSkippedWhereverTheirLinesMoveAndNewOnesAreReported() throws IOException {
    Path baseline = dir.resolve("baseline.txt");
    assertTrue(
        ErrorProneCompilation.compile(List.of(source(REGISTRY)), BASELINE + baseline, UPDATE)
            .success());

    String moved =
        REGISTRY
            .replace("package shop;", "package shop;\n\n// a comment moves every line down\n")
            .replace(
                "  public static class Shelf {",
                "  public void reset(String key) { counts.remove(key); }\n"
                    + "  public static class Shelf {");
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(List.of(source(moved)), BASELINE + baseline);
    assertFalse(result.success());
    assertEquals(List.of(), result.otherErrors());
    assertEquals(1, result.findings().size(), result.findings().toString());
    assertTrue(
        result.findings().get(0).getMessage(Locale.ROOT).contains("the write `remove`"),
        result.findings().toString());
  }

  @Test
  void aMissingBaselineFileFailsNamingTheKeyNotAFile() throws IOException {
    Path missing = dir.resolve("missing.txt");
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(List.of(source(REGISTRY)), BASELINE + missing);
    assertFalse(result.success());
    assertEquals(List.of(), result.findings());
    String error = String.join("\n", result.otherErrors());
    assertTrue(error.contains("invalid option UninitializedMapWrite:Baseline"), error);
    assertTrue(error.contains(missing + " does not exist"), error);
    assertTrue(
        result.diagnostics().stream().allMatch(d -> d.getSource() == null),
        "the error is not about a source file");
  }

  /** Compilations at the same time, as in a parallel build, add to one file and lose nothing. */
  @Test
  void compilationsAtTheSameTimeAddToOneFile() throws Exception {
    Path baseline = dir.resolve("baseline.txt");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> compilations = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Path file = dir.resolve("src" + i + "/shop" + i + "/Registry.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, REGISTRY.replace("package shop;", "package shop" + i + ";"));
        compilations.add(
            pool.submit(
                () ->
                    ErrorProneCompilation.compile(List.of(file), BASELINE + baseline, UPDATE)
                        .success()));
      }
      for (Future<Boolean> compilation : compilations) {
        assertTrue(compilation.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(20, entries(baseline).size(), entries(baseline).toString());
  }

  private static List<String> entries(Path baseline) throws IOException {
    return Files.readAllLines(baseline).stream()
        .filter(line -> !line.startsWith("#"))
        .collect(Collectors.toList());
  }
}
