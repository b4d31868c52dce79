package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central requires of each published artifact (policy and the two engines), checked on
 * the files that {@code mvn deploy} uploads (the release profile adds their signatures): the jar
 * and the POM as this build installs them, the sources and javadoc jars that the modules attach.
 * The jar comes with its sources and javadoc; the POM has a fixed version, name, description, url,
 * licenses, developers and scm, and names nothing unpublished; the engines' jars are self-contained
 * (the policy is inside, and their POMs do not name it).
 */
class ReleaseArtifactsIT {

  private static final String POLICY_CLASS = "io/github/mapinit/policy/";

  /** The module folder of each published artifact. */
  private static final Map<String, String> FOLDERS =
      Map.of(
          "mapinit-policy", "policy",
          "mapinit-errorprone", "checker-errorprone",
          "mapinit-spotbugs", "checker-spotbugs");

  /** The jar or POM as installed, or an attached jar (-sources.jar, -javadoc.jar) as built. */
  private static Path file(String artifactId, String suffix) {
    String name = artifactId + "-" + Examples.MAPINIT_VERSION + suffix;
    if (suffix.equals(".jar") || suffix.equals(".pom")) {
      return Examples.IT_REPO.resolve(
          "io/github/mapinit/" + artifactId + "/" + Examples.MAPINIT_VERSION + "/" + name);
    }
    return Examples.DIR.resolve("../" + FOLDERS.get(artifactId) + "/target/" + name);
  }

  private static List<String> entries(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = new ArrayList<>();
      for (ZipEntry entry : Collections.list(file.entries())) {
        names.add(entry.getName());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(jar.toString(), e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mapinit-policy", "mapinit-errorprone", "mapinit-spotbugs"})
  void jarSourcesAndJavadocAreThere(String artifactId) {
    List<String> classes = entries(file(artifactId, ".jar"));
    assertTrue(classes.stream().anyMatch(n -> n.endsWith(".class")), artifactId + ": no classes");
    List<String> sources = entries(file(artifactId, "-sources.jar"));
    for (String name : classes) {
      // Every top-level class of the jar has its source beside it.
      if (name.endsWith(".class") && !name.contains("$")) {
        String source = name.replaceAll("\\.class$", ".java");
        assertTrue(sources.contains(source), artifactId + "-sources.jar lacks " + source);
      }
    }
    assertTrue(
        entries(file(artifactId, "-javadoc.jar")).contains("index.html"),
        artifactId + "-javadoc.jar has no index.html");
  }

  /**
   * The module attaches nothing but its sources and javadoc (what {@code mvn deploy} uploads beside
   * the jar and POM): no tests jar, whose helper the engines' tests share through test-support.
   * Neither the module's POM nor the parent's asks for one, and the build that made the jar made
   * none (an older one left in target/ by an earlier build is not this build's).
   */
  @ParameterizedTest
  @ValueSource(strings = {"mapinit-policy", "mapinit-errorprone", "mapinit-spotbugs"})
  void noTestsJarIsDeployed(String artifactId) throws IOException {
    Path module = Examples.DIR.resolve("../" + FOLDERS.get(artifactId));
    for (Path pom : List.of(module.resolve("pom.xml"), Examples.DIR.resolve("../pom.xml"))) {
      assertFalse(Examples.read(pom).contains("<goal>test-jar</goal>"), pom + " attaches tests");
    }
    Path target = module.resolve("target");
    long built =
        target
            .resolve(artifactId + "-" + Examples.MAPINIT_VERSION + ".jar")
            .toFile()
            .lastModified();
    try (Stream<Path> files = Files.list(target)) {
      List<String> testJars =
          files
              .filter(f -> f.getFileName().toString().matches(".*-test(s|-sources)\\.jar"))
              .filter(f -> f.toFile().lastModified() >= built)
              .map(f -> f.getFileName().toString())
              .collect(Collectors.toList());
      assertEquals(List.of(), testJars, target.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mapinit-policy", "mapinit-errorprone", "mapinit-spotbugs"})
  void pomCarriesWhatCentralRequires(String artifactId) {
    Path pom = file(artifactId, ".pom");
    assertFalse(Examples.read(pom).contains("${"), pom + " has an unresolved property");
    Element project = pom(artifactId);

    assertEquals("io.github.mapinit", child(project, "groupId"), pom.toString());
    assertEquals(artifactId, child(project, "artifactId"), pom.toString());
    assertEquals(Examples.MAPINIT_VERSION, child(project, "version"), pom.toString());
    for (String required : List.of("name", "description", "url")) {
      assertFalse(child(project, required).isBlank(), pom + ": no " + required);
    }
    Element license = element(element(project, "licenses"), "license");
    assertEquals("Apache License, Version 2.0", child(license, "name"), pom.toString());
    assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", child(license, "url"));
    Element developer = element(element(project, "developers"), "developer");
    assertFalse(child(developer, "name").isBlank(), pom + ": a developer without a name");
    Element scm = element(project, "scm");
    for (String required : List.of("connection", "developerConnection", "url")) {
      assertFalse(child(scm, required).isBlank(), pom + ": no scm " + required);
    }
    // Nothing that is not published: no parent, no dependency on another mapinit module, and no
    // test dependencies (they would name the unpublished test fixtures).
    assertEquals(0, project.getElementsByTagName("parent").getLength(), pom + " names a parent");
    for (Element dependency : dependencies(project)) {
      assertFalse(
          child(dependency, "groupId").equals("io.github.mapinit"),
          pom + " depends on " + child(dependency, "artifactId"));
      assertFalse(scope(dependency).equals("test"), pom + " lists a test dependency");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"mapinit-errorprone", "mapinit-spotbugs"})
  void engineJarIsSelfContained(String artifactId) {
    assertTrue(
        entries(file(artifactId, ".jar")).stream()
            .anyMatch(n -> n.startsWith(POLICY_CLASS) && n.endsWith(".class")),
        artifactId + " lacks the policy");
    assertTrue(
        entries(file(artifactId, "-sources.jar")).stream()
            .anyMatch(n -> n.startsWith(POLICY_CLASS) && n.endsWith(".java")),
        artifactId + "-sources.jar lacks the policy's sources");
    // It needs nothing but what the engine that loads it provides.
    for (Element dependency : dependencies(pom(artifactId))) {
      assertEquals(
          "provided",
          scope(dependency),
          artifactId + ".pom: " + child(dependency, "artifactId") + " would reach the user");
    }
  }

  @Test
  void licenseFileIsTheApacheLicense() {
    String license = Examples.read(Examples.DIR.resolve("../LICENSE"));
    assertTrue(
        license.strip().startsWith("Apache License")
            && license.contains("Version 2.0, January 2004"),
        "LICENSE");
  }

  private static Element pom(String artifactId) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(file(artifactId, ".pom").toFile())
          .getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the POM of " + artifactId, e);
    }
  }

  private static String scope(Element dependency) {
    NodeList scope = dependency.getElementsByTagName("scope");
    return scope.getLength() == 0 ? "compile" : scope.item(0).getTextContent().strip();
  }

  private static List<Element> dependencies(Element project) {
    List<Element> out = new ArrayList<>();
    for (Node node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node.getNodeName().equals("dependencies")) {
        for (Node d = node.getFirstChild(); d != null; d = d.getNextSibling()) {
          if (d instanceof Element) {
            out.add((Element) d);
          }
        }
      }
    }
    return out;
  }

  private static Element element(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getNodeName() + ">");
  }

  private static String child(Element parent, String name) {
    return element(parent, name).getTextContent().strip();
  }
}
