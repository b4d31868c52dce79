package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.Plugin;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.Project;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Runs SpotBugs' FindBugs2 engine with the plugin built from {@code target/classes}, over given
 * class directories or jars, with the core reporting detectors switched off (their non-reporting
 * first passes, such as the suppression collector, stay on).
 */
final class SpotBugsRunner {

  private static Plugin plugin;

  /** What one run produced. */
  record Result(List<BugInstance> bugs, List<AbstractBugReporter.Error> errors, Exception failure) {

    /** This plugin's reports. */
    List<BugInstance> ours() {
      return bugs.stream().filter(b -> b.getType().startsWith("UMW_")).collect(Collectors.toList());
    }

    /** The analysis errors that come from this plugin, as "message: cause". */
    List<String> ourErrors() {
      return errors.stream()
          .filter(
              e ->
                  e.getMessage().contains("mapinit")
                      || String.valueOf(e.getCause()).contains("mapinit"))
          .map(e -> e.getMessage() + ": " + e.getCause())
          .collect(Collectors.toList());
    }
  }

  private SpotBugsRunner() {}

  static synchronized Plugin plugin() {
    if (plugin == null) {
      try {
        plugin = Plugin.loadCustomPlugin(pluginJar(), null);
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the plugin from target/classes", e);
      }
    }
    return plugin;
  }

  /**
   * Analyses {@code files} with every other test classpath entry as aux classpath, with {@code
   * properties} set as system properties during the run.
   */
  static synchronized Result run(List<Path> files, Map<String, String> properties) {
    return run(files, List.of(), properties);
  }

  /** As {@link #run(List, Map)}, with a source path. */
  static synchronized Result run(
      List<Path> files, List<Path> sourceDirs, Map<String, String> properties) {
    return run(files, sourceDirs, properties, auxClasspath(files));
  }

  /** As {@link #run(List, List, Map)}, with exactly {@code auxClasspath} besides the JDK. */
  static synchronized Result run(
      List<Path> files,
      List<Path> sourceDirs,
      Map<String, String> properties,
      List<Path> auxClasspath) {
    Plugin ours = plugin();
    Map<String, String> saved = new HashMap<>();
    // Only the given options: any other mapinit.* property of the test JVM is not meant for this
    // run, and the detector would rightly reject an unknown one.
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("mapinit.") && !properties.containsKey(name)) {
        saved.put(name, System.clearProperty(name));
      }
    }
    properties.forEach((k, v) -> saved.put(k, System.setProperty(k, v)));
    try (FindBugs2 engine = new FindBugs2();
        Project project = new Project()) {
      project.setPluginStatusTrinary(ours.getPluginId(), Boolean.TRUE);
      for (Path file : files) {
        project.addFile(file.toAbsolutePath().toString());
      }
      project.addSourceDirs(
          sourceDirs.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.toList()));
      for (Path entry : auxClasspath) {
        project.addAuxClasspathEntry(entry.toString());
      }
      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      BugCollectionBugReporter reporter = new BugCollectionBugReporter(project);
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.getFilterSettings().clearAllCategories();
      for (Iterator<DetectorFactory> i = DetectorFactoryCollection.instance().factoryIterator();
          i.hasNext(); ) {
        DetectorFactory factory = i.next();
        boolean mine = factory.getPlugin() == ours;
        preferences.enableDetector(
            factory, mine || (!factory.isReportingDetector() && factory.isDefaultEnabled()));
      }
      engine.setUserPreferences(preferences);
      Exception failure = null;
      try {
        engine.execute();
      } catch (IOException | InterruptedException | RuntimeException e) {
        failure = e;
      }
      List<BugInstance> bugs = new ArrayList<>(reporter.getBugCollection().getCollection());
      return new Result(bugs, new ArrayList<>(reporter.getQueuedErrors()), failure);
    } finally {
      saved.forEach(
          (k, v) -> {
            if (v == null) {
              System.clearProperty(k);
            } else {
              System.setProperty(k, v);
            }
          });
    }
  }

  /** The class directory or jar that holds {@code type}. */
  static Path locationOf(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> auxClasspath(List<Path> analysed) {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry).toAbsolutePath();
      if (!entry.isEmpty()
          && Files.exists(path)
          && analysed.stream().noneMatch(a -> a.toAbsolutePath().equals(path))) {
        entries.add(path);
      }
    }
    return entries;
  }

  /** A jar of target/classes: SpotBugs loads plugins from jars. */
  static File pluginJar() throws IOException {
    Path classes = locationOf(UninitializedMapWriteDetector.class);
    if (!Files.isDirectory(classes)) {
      return classes.toFile();
    }
    Path jar = Files.createTempFile("mapinit-spotbugs-plugin", ".jar");
    jar.toFile().deleteOnExit();
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        jarOut.putNextEntry(
            new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return jar.toFile();
  }
}
