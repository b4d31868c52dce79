package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The examples' build files: the twins are configured alike, and the CI files run exactly the gate
 * and keep its SARIF file.
 */
class ExampleFilesIT {

  private static final List<String> TWINS =
      List.of("order-service-fixed", "order-service-baseline");

  @Test
  void twinsShareTheGateConfiguration() {
    for (String twin : TWINS) {
      for (String file : List.of("Makefile", ".mvn/jvm.config")) {
        assertEquals(
            Examples.read(Examples.DIR.resolve("order-service/" + file)),
            Examples.read(Examples.DIR.resolve(twin + "/" + file)),
            twin + "/" + file);
      }
      assertEquals(
          Examples.read(Examples.DIR.resolve("order-service/pom.xml"))
              .replace(
                  "<artifactId>order-service</artifactId>",
                  "<artifactId>" + twin + "</artifactId>"),
          Examples.read(Examples.DIR.resolve(twin + "/pom.xml")),
          twin + "/pom.xml");
    }
  }

  @Test
  void multiModuleExampleOpensTheSameJavacInternals() {
    assertEquals(
        Examples.read(Examples.DIR.resolve("order-service/.mvn/jvm.config")),
        Examples.read(Examples.DIR.resolve("multi-module/.mvn/jvm.config")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void githubWorkflowRunsExactlyTheGateAndUploadsTheSarif() {
    Map<String, Object> workflow =
        new Yaml()
            .load(
                Examples.read(
                    Examples.DIR.resolve("order-service/.github/workflows/mapinit-gate.yml")));
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    assertEquals(1, jobs.size(), "one job: the gate");
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>)
            ((Map<String, Object>) jobs.values().iterator().next()).get("steps");
    List<String> runs = new ArrayList<>();
    Map<String, Object> upload = null;
    for (Map<String, Object> step : steps) {
      if (step.containsKey("run")) {
        runs.add(step.get("run").toString().strip());
      }
      if (String.valueOf(step.get("uses")).startsWith("github/codeql-action/upload-sarif@")) {
        upload = step;
      }
    }
    assertEquals(List.of("make check"), runs);
    assertTrue(upload != null, "no upload-sarif step");
    assertTrue(upload.get("if").toString().contains("always()"), "upload also when the gate fails");
    assertEquals(
        "target/spotbugsSarif.json", ((Map<String, Object>) upload.get("with")).get("sarif_file"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void gitlabJobRunsExactlyTheGateAndKeepsTheSarif() {
    Map<String, Object> pipeline =
        new Yaml().load(Examples.read(Examples.DIR.resolve("order-service/.gitlab-ci.yml")));
    Map<String, Object> job = (Map<String, Object>) pipeline.get("mapinit-gate");
    assertEquals(List.of("make check"), job.get("script"));
    Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
    assertEquals("always", artifacts.get("when"));
    assertTrue(((List<String>) artifacts.get("paths")).contains("target/spotbugsSarif.json"));
  }

  @Test
  void baselineTwinIsTheBrokenTwinWithItsBaselineFiles() {
    for (String file : List.of("OrderService.java", "OrderRegistry.java", "OrderEvents.java")) {
      Path src = Path.of("src/main/java/com/example/orders", file);
      List<String> broken = Examples.lines(Examples.DIR.resolve("order-service").resolve(src));
      List<String> baseline =
          Examples.lines(Examples.DIR.resolve("order-service-baseline").resolve(src));
      assertEquals(broken.size(), baseline.size(), file);
      for (int i = 0; i < broken.size(); i++) {
        // Comments may say that the findings are known; the code is the same.
        if (!broken.get(i).strip().startsWith("/**")) {
          assertEquals(broken.get(i), baseline.get(i), file + " line " + (i + 1));
        }
      }
    }
  }
}
