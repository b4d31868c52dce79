package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugPattern;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import io.github.mapinit.policy.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * findbugs.xml, messages.xml and bugrank.txt agree with each other, with the code and with
 * SpotBugs.
 */
final class PluginMetadataTest {

  private static Document xml(String resource) throws Exception {
    try (InputStream in = PluginMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " at the jar root");
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static List<Element> elements(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  private static String child(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  @Test
  void everyBugTypeIsDeclaredDescribedAndRanked() throws Exception {
    Document plugin = xml("findbugs.xml");
    Document messages = xml("messages.xml");
    String ranks = new String(resource("bugrank.txt"), StandardCharsets.UTF_8);
    Set<String> declared = new HashSet<>();
    for (Element pattern : elements(plugin, "BugPattern")) {
      String type = pattern.getAttribute("type");
      declared.add(type);
      assertTrue(type.startsWith("UMW_"), type);
      assertEquals("UMW", pattern.getAttribute("abbrev"));
      assertEquals("CORRECTNESS", pattern.getAttribute("category"));
      Element description =
          elements(messages, "BugPattern").stream()
              .filter(e -> e.getAttribute("type").equals(type))
              .findFirst()
              .orElseThrow(() -> new AssertionError(type + " has no messages.xml entry"));
      assertEquals(
          Messages.SUMMARY,
          child(description, "ShortDescription"),
          type + " reads as the check's summary");
      assertTrue(child(description, "LongDescription").contains("{3}"), type + " shows the trace");
      assertTrue(child(description, "Details").contains("Solution"), type);
      assertTrue(
          ranks.lines().anyMatch(l -> l.matches("[+-]?\\d+ BugPattern " + type)), type + " ranked");
    }
    assertEquals(Set.of(Messages.BUG_TYPE), declared);
    assertTrue(
        elements(messages, "BugCode").stream()
            .anyMatch(e -> e.getAttribute("abbrev").equals("UMW")));
    for (String line : ranks.lines().filter(l -> !l.isBlank()).toList()) {
      assertEquals(3, line.trim().split(" ").length, line);
      assertTrue(declared.contains(line.trim().split(" ")[2]), "ranks an undeclared type: " + line);
    }
  }

  @Test
  void everyDetectorExistsReportsDeclaredTypesAndIsDescribed() throws Exception {
    Document plugin = xml("findbugs.xml");
    Document messages = xml("messages.xml");
    Set<String> declared = new HashSet<>();
    elements(plugin, "BugPattern").forEach(e -> declared.add(e.getAttribute("type")));
    for (Element detector : elements(plugin, "Detector")) {
      String className = detector.getAttribute("class");
      Class<?> type = Class.forName(className);
      assertNotNull(type.getConstructor(BugReporter.class), className);
      for (String reported : detector.getAttribute("reports").split(",")) {
        assertTrue(
            reported.isBlank() || declared.contains(reported.trim()),
            className + " reports " + reported);
      }
      assertTrue(
          elements(messages, "Detector").stream()
              .anyMatch(e -> e.getAttribute("class").equals(className)),
          className + " is described in messages.xml");
    }
  }

  @Test
  void spotBugsLoadsThePluginWithItsPatternAndRank() {
    Plugin plugin = SpotBugsRunner.plugin();
    BugPattern pattern = DetectorFactoryCollection.instance().lookupBugPattern(Messages.BUG_TYPE);
    assertNotNull(pattern);
    assertEquals("CORRECTNESS", pattern.getCategory());
    assertEquals(6, BugRanker.findRank(pattern, Priorities.NORMAL_PRIORITY));
    List<String> detectors = new ArrayList<>();
    for (DetectorFactory factory : plugin.getDetectorFactories()) {
      detectors.add(factory.getShortName());
    }
    assertTrue(detectors.contains("UninitializedMapWriteDetector"), detectors.toString());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PluginMetadataTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
