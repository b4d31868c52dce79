package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.mapinit.ciexamples.Examples.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gate (make check), the patch route (make patch) and the baseline route, run on fresh copies
 * of the example projects. The README's own commands are in {@link ReadmeIT}.
 */
class GateIT {

  private static final String SRC = "src/main/java/com/example/orders/";

  /** Error Prone's findings on the broken twin, as the gate prints them: every word is checked. */
  /** Error Prone prints the check's documentation link under each finding. */
  private static final String DOCUMENTATION_LINK =
      "    (see https://github.com/mapinit/mapinit/blob/main/docs/UninitializedMapWrite.md)";

  private static final List<String> BROKEN_ERROR_PRONE =
      List.of(
          SRC
              + "OrderEvents.java:[32,37] [UninitializedMapWrite] `listenersByTopic` may be null here:"
              + " it is declared without an initialiser, and constructor"
              + " `OrderEvents(Executor)` (line 27) can return without assigning it; the write"
              + " `computeIfAbsent` at line 32 would throw NullPointerException. Initialise it where it"
              + " is declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private Map<String, List<Listener>> listenersByTopic = new HashMap<>();'?",
          SRC
              + "OrderEvents.java:[36,59] [UninitializedMapWrite] `listenersByTopic` may be null here:"
              + " it is declared without an initialiser, and constructor"
              + " `OrderEvents(Executor)` (line 27) can return without assigning it; the read"
              + " `getOrDefault` at line 36 would throw NullPointerException. Initialise it where it is"
              + " declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private Map<String, List<Listener>> listenersByTopic = new HashMap<>();'?",
          SRC
              + "OrderService.java:[19,19] [UninitializedMapWrite] `orderCache` may be null here: it is"
              + " declared without an initialiser, and constructor `OrderService(String)`"
              + " (line 14) can return without assigning it; the write `put` at line 19 would throw"
              + " NullPointerException. Initialise it where it is declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private Map<String, Order> orderCache = new HashMap<>();'?",
          SRC
              + "OrderService.java:[23,26] [UninitializedMapWrite] `orderCache` may be null here: it is"
              + " declared without an initialiser, and constructor `OrderService(String)`"
              + " (line 14) can return without assigning it; the read `get` at line 23 would throw"
              + " NullPointerException. Initialise it where it is declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private Map<String, Order> orderCache = new HashMap<>();'?",
          SRC
              + "OrderRegistry.java:[13,25] [UninitializedMapWrite] `servicesByRegion` may be null here:"
              + " it is declared without an initialiser, and the static initialisation of"
              + " `OrderRegistry` does not assign it; the write `put` at line 13 would throw"
              + " NullPointerException. Initialise it where it is declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private static ConcurrentMap<String, OrderService> servicesByRegion"
              + " = new ConcurrentHashMap<>();'?",
          SRC
              + "OrderRegistry.java:[17,48] [UninitializedMapWrite] `servicesByRegion` may be null here:"
              + " it is declared without an initialiser, and the static initialisation of"
              + " `OrderRegistry` does not assign it; the read `get` at line 17 would throw"
              + " NullPointerException. Initialise it where it is declared.",
          DOCUMENTATION_LINK,
          "  Did you mean 'private static ConcurrentMap<String, OrderService> servicesByRegion"
              + " = new ConcurrentHashMap<>();'?");

  /** Each use of a map that the broken twin reaches while it is null: file, code on the line. */
  private static final List<String[]> BROKEN_USES =
      List.of(
          new String[] {"OrderEvents.java", "listenersByTopic.computeIfAbsent(", "write"},
          new String[] {"OrderEvents.java", "listenersByTopic.getOrDefault(", "read"},
          new String[] {"OrderService.java", "orderCache.put(", "write"},
          new String[] {"OrderService.java", "orderCache.get(", "read"},
          new String[] {"OrderRegistry.java", "servicesByRegion.put(", "write"},
          new String[] {"OrderRegistry.java", "servicesByRegion.get(", "read"});

  /** "Medium: <message> [...] At OrderService.java:[line 19] UMW_UNINITIALIZED_MAP_WRITE". */
  private static final Pattern SPOTBUGS_LINE =
      Pattern.compile("^(High|Medium|Low): (.*) At (\\w+\\.java):\\[line (\\d+)\\] (\\w+)$");

  @Test
  void brokenTwinFailsTheGateWithBothEnginesFindings() {
    Path project = Examples.copy("order-service", "broken");
    Run gate = Examples.make(project, "check");

    assertNotEquals(0, gate.exitCode(), gate.output());
    assertTrue(
        gate.output()
            .contains("mapinit gate: FAIL (Error Prone: 6 finding(s), SpotBugs: 10 finding(s))"),
        gate.output());

    // Error Prone: exactly these findings, with their traces and fixes, and nothing else.
    assertEquals(
        BROKEN_ERROR_PRONE,
        Examples.lines(project.resolve("target/gate/errorprone.txt")),
        gate.output());

    // SpotBugs: mapinit's six, at the same lines, and SpotBugs' own unwritten-field findings.
    Set<String> found = new TreeSet<>();
    for (String line : Examples.lines(project.resolve("target/gate/spotbugs.txt"))) {
      Matcher m = SPOTBUGS_LINE.matcher(line);
      assertTrue(m.matches(), "unexpected SpotBugs line: " + line);
      found.add(m.group(5) + " " + m.group(3) + ":" + m.group(4));
      if (m.group(5).equals("UMW_UNINITIALIZED_MAP_WRITE")) {
        assertUmwMessage(project, m.group(3), Integer.parseInt(m.group(4)), m.group(2));
      }
    }
    Set<String> expected = new TreeSet<>();
    for (String[] use : BROKEN_USES) {
      expected.add("UMW_UNINITIALIZED_MAP_WRITE " + use[0] + ":" + line(project, use));
    }
    expected.addAll(
        List.of(
            "NP_UNWRITTEN_FIELD OrderService.java:19",
            "NP_UNWRITTEN_FIELD OrderService.java:23",
            "UWF_UNWRITTEN_FIELD OrderService.java:19",
            "UWF_UNWRITTEN_FIELD OrderRegistry.java:13"));
    assertEquals(expected, found, gate.output());

    // The gate printed each finding with its trace.
    for (String finding : BROKEN_ERROR_PRONE) {
      assertTrue(gate.output().contains(finding), "not printed: " + finding);
    }
    assertTrue(gate.output().contains("SARIF: target/spotbugsSarif.json"), gate.output());

    assertSarifPointsAtTheUses(project);
  }

  /** SpotBugs' trace names the field, what the use is, its line, and the fix. */
  private static void assertUmwMessage(Path project, String file, int line, String message) {
    String[] use =
        BROKEN_USES.stream()
            .filter(u -> u[0].equals(file) && line(project, u) == line)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no map use at " + file + ":" + line));
    String field = use[1].substring(0, use[1].indexOf('.'));
    String method = use[1].substring(use[1].indexOf('.') + 1, use[1].length() - 1);
    assertTrue(
        message.startsWith(
                "`"
                    + field
                    + "` may be null here: it is declared without an"
                    + " initialiser, and ")
            || message.startsWith(
                "`OrderRegistry."
                    + field
                    + "` may be null"
                    + " here: it is declared without an initialiser, and "),
        message);
    assertTrue(
        message.contains(
            "the "
                + use[2]
                + " `"
                + method
                + "` at line "
                + line
                + " would throw NullPointerException. Initialise it where it is declared."),
        message);
  }

  private static int line(Path project, String[] use) {
    return Examples.lineOf(project.resolve(SRC + use[0]), use[1]);
  }

  /** The SARIF file is valid JSON, and each mapinit result points at a write or read line. */
  private static void assertSarifPointsAtTheUses(Path project) {
    JsonObject sarif =
        JsonParser.parseString(Examples.read(project.resolve("target/spotbugsSarif.json")))
            .getAsJsonObject();
    assertEquals("2.1.0", sarif.get("version").getAsString());
    JsonArray runs = sarif.getAsJsonArray("runs");
    assertEquals(1, runs.size());
    JsonObject run = runs.get(0).getAsJsonObject();
    assertEquals(
        "SpotBugs",
        run.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());

    Set<String> pointed = new TreeSet<>();
    for (JsonElement element : run.getAsJsonArray("results")) {
      JsonObject result = element.getAsJsonObject();
      if (!result.get("ruleId").getAsString().equals("UMW_UNINITIALIZED_MAP_WRITE")) {
        continue;
      }
      JsonObject location =
          result
              .getAsJsonArray("locations")
              .get(0)
              .getAsJsonObject()
              .getAsJsonObject("physicalLocation");
      String uri = location.getAsJsonObject("artifactLocation").get("uri").getAsString();
      int startLine = location.getAsJsonObject("region").get("startLine").getAsInt();
      Path source = project.resolve(uri);
      assertTrue(Files.isRegularFile(source), "SARIF uri is not a file of the project: " + uri);
      String code = Examples.lines(source).get(startLine - 1);
      assertTrue(
          BROKEN_USES.stream().anyMatch(u -> uri.endsWith("/" + u[0]) && code.contains(u[1])),
          uri + ":" + startLine + " is no map use: " + code);
      pointed.add(uri + ":" + startLine);
      // The trace reaches code scanning: the rule's message template shows argument 0.
      String trace =
          result.getAsJsonObject("message").getAsJsonArray("arguments").get(0).getAsString();
      assertTrue(
          trace.contains("may be null here")
              && trace.contains("at line " + startLine + " would throw NullPointerException"),
          trace);
    }
    Set<String> expected = new TreeSet<>();
    for (String[] use : BROKEN_USES) {
      expected.add(SRC + use[0] + ":" + line(project, use));
    }
    assertEquals(expected, pointed);
    for (JsonElement rule :
        run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
      if (rule.getAsJsonObject().get("id").getAsString().equals("UMW_UNINITIALIZED_MAP_WRITE")) {
        assertTrue(
            rule.getAsJsonObject()
                .getAsJsonObject("messageStrings")
                .getAsJsonObject("default")
                .get("text")
                .getAsString()
                .contains("{0}"));
      }
    }
  }

  @Test
  void fixedTwinPassesTheGate() {
    Path project = Examples.copy("order-service-fixed", "fixed");
    Run gate = Examples.make(project, "check");

    assertEquals(0, gate.exitCode(), gate.output());
    assertTrue(
        gate.output()
            .contains("mapinit gate: PASS (Error Prone: 0 findings, SpotBugs: 0 findings)"),
        gate.output());
    JsonObject sarif =
        JsonParser.parseString(Examples.read(project.resolve("target/spotbugsSarif.json")))
            .getAsJsonObject();
    assertEquals(
        0, sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
  }

  @Test
  void patchRouteTurnsTheBrokenTwinIntoCodeThatPassesTheGate() {
    Path project = Examples.copy("order-service", "patched");
    Run patch = Examples.make(project, "patch");
    assertEquals(0, patch.exitCode(), patch.output());

    // The fixes: an initialiser at each declaration, and the imports they need; nothing else.
    assertEquals(
        List.of(
            "-  private Map<String, Order> orderCache;",
            "+import java.util.HashMap;",
            "+  private Map<String, Order> orderCache = new HashMap<>();"),
        diff("OrderService.java", project));
    assertEquals(
        List.of(
            "-  private static ConcurrentMap<String, OrderService> servicesByRegion;",
            "+import java.util.concurrent.ConcurrentHashMap;",
            "+  private static ConcurrentMap<String, OrderService> servicesByRegion"
                + " = new ConcurrentHashMap<>();"),
        diff("OrderRegistry.java", project));
    assertEquals(
        List.of(
            "-  private Map<String, List<Listener>> listenersByTopic;",
            "+  private Map<String, List<Listener>> listenersByTopic = new HashMap<>();"),
        diff("OrderEvents.java", project));

    Run gate = Examples.make(project, "check");
    assertEquals(0, gate.exitCode(), gate.output());
    assertTrue(
        gate.output()
            .contains("mapinit gate: PASS (Error Prone: 0 findings, SpotBugs: 0 findings)"),
        gate.output());
  }

  /** The lines of the broken twin's file that the copy lacks (-), then the copy's new ones (+). */
  private static List<String> diff(String file, Path copy) {
    List<String> before = Examples.lines(Examples.DIR.resolve("order-service/" + SRC + file));
    List<String> after = Examples.lines(copy.resolve(SRC + file));
    List<String> out = new ArrayList<>();
    before.stream().filter(line -> !after.contains(line)).forEach(line -> out.add("-" + line));
    after.stream().filter(line -> !before.contains(line)).forEach(line -> out.add("+" + line));
    return out;
  }

  @Test
  void baselineKeepsKnownFindingsQuietAndFailsOnANewOne() throws Exception {
    Path project = Examples.copy("order-service-baseline", "baseline");
    String committed = Examples.read(project.resolve("spotbugs-baseline.xml"));
    String committedErrorProne = Examples.read(project.resolve("errorprone-baseline.txt"));

    Run adopted = Examples.make(project, "check");
    assertEquals(0, adopted.exitCode(), adopted.output());
    assertTrue(
        adopted
            .output()
            .contains("mapinit gate: PASS (Error Prone: 0 findings, SpotBugs: 0 findings)"),
        adopted.output());

    // The committed baselines are what make baseline writes for this code.
    Run baseline = Examples.make(project, "baseline");
    assertEquals(0, baseline.exitCode(), baseline.output());
    assertTrue(
        baseline.output().contains("errorprone-baseline.txt lists 6 finding(s)"),
        baseline.output());
    assertTrue(
        baseline.output().contains("spotbugs-baseline.xml excludes 10 finding(s)"),
        baseline.output());
    assertEquals(committed, Examples.read(project.resolve("spotbugs-baseline.xml")));
    assertEquals(committedErrorProne, Examples.read(project.resolve("errorprone-baseline.txt")));

    // A new method with the same bug, and a line moved in front of every known finding.
    Path service = project.resolve(SRC + "OrderService.java");
    String code =
        Examples.read(service)
            .replace("import java.util.Map;", "import java.util.List;\nimport java.util.Map;")
            .replace(
                "  public String region() {",
                "  public void addAll(List<Order> orders) {\n"
                    + "    for (Order order : orders) {\n"
                    + "      orderCache.put(order.id(), order);\n"
                    + "    }\n"
                    + "  }\n\n"
                    + "  public String region() {");
    Files.writeString(service, code);
    int newLine = Examples.lineOf(service, "      orderCache.put(order.id(), order);");

    Run gate = Examples.make(project, "check");
    assertNotEquals(0, gate.exitCode(), gate.output());
    assertTrue(
        gate.output()
            .contains("mapinit gate: FAIL (Error Prone: 1 finding(s), SpotBugs: 2 finding(s))"),
        gate.output());
    List<String> errorProne = Examples.lines(project.resolve("target/gate/errorprone.txt"));
    assertEquals(3, errorProne.size(), gate.output());
    assertTrue(
        errorProne.get(0).startsWith(SRC + "OrderService.java:[" + newLine + ","),
        errorProne.get(0));
    assertTrue(errorProne.get(0).contains("the write `put` at line " + newLine), errorProne.get(0));
    Set<String> spotbugs = new TreeSet<>();
    for (String line : Examples.lines(project.resolve("target/gate/spotbugs.txt"))) {
      Matcher m = SPOTBUGS_LINE.matcher(line);
      assertTrue(m.matches(), line);
      spotbugs.add(m.group(5) + " " + m.group(3) + ":" + m.group(4));
    }
    assertEquals(
        Set.of(
            "UMW_UNINITIALIZED_MAP_WRITE OrderService.java:" + newLine,
            "NP_UNWRITTEN_FIELD OrderService.java:" + newLine),
        spotbugs);
  }
}
