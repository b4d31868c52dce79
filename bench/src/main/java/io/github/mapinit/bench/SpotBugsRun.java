package io.github.mapinit.bench;

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
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.config.UserPreferences;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/** One in-process SpotBugs (FindBugs2) run over class files, with or without the mapinit plugin. */
public final class SpotBugsRun {

  /** The configurations compared. */
  public enum Config {
    /** SpotBugs as installed: its default detectors, default effort. */
    DEFAULT("SpotBugs default"),
    /** The same plus the mapinit plugin. */
    DEFAULT_WITH_PLUGIN("SpotBugs default + mapinit"),
    /**
     * Only the plugin's detectors (and SpotBugs' non-reporting first passes, which suppression
     * needs): the robustness test's run.
     */
    PLUGIN_ONLY("mapinit only");

    final String label;

    Config(String label) {
      this.label = label;
    }
  }

  private static final String PLUGIN_JAR_PROPERTY = "io.github.mapinit.bench.spotbugsPlugin";

  private static Plugin plugin;

  /** What one run took and produced. */
  public record Result(
      Config config,
      long wallNanos,
      long cpuNanos,
      List<BugInstance> bugs,
      List<String> errors,
      Exception failure) {

    /** The plugin's reports. */
    public List<BugInstance> ours() {
      return bugs.stream().filter(b -> b.getType().startsWith("UMW_")).collect(Collectors.toList());
    }

    /**
     * Errors that come from the plugin: its own logged internal errors, and exceptions that
     * SpotBugs caught from one of its classes.
     */
    public List<String> pluginErrors() {
      return errors.stream().filter(e -> e.contains("mapinit")).collect(Collectors.toList());
    }
  }

  private SpotBugsRun() {}

  /** The plugin, loaded once from {@code -Dmapinit.bench.spotbugsPlugin} (the shaded jar). */
  static synchronized Plugin plugin() {
    if (plugin == null) {
      String jar = System.getProperty(PLUGIN_JAR_PROPERTY);
      if (jar == null) {
        throw new IllegalStateException(
            "-D" + PLUGIN_JAR_PROPERTY + " is not set: run through Maven");
      }
      try {
        plugin = Plugin.loadCustomPlugin(new File(jar), null);
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the SpotBugs plugin " + jar, e);
      }
    }
    return plugin;
  }

  /**
   * Analyses {@code files} (jars or class folders) with {@code auxClasspath} for their references.
   */
  public static Result run(Config config, List<Path> files, List<Path> auxClasspath) {
    Plugin ours = plugin();
    boolean withPlugin = config != Config.DEFAULT;
    try (FindBugs2 engine = new FindBugs2();
        Project project = new Project()) {
      project.setPluginStatusTrinary(ours.getPluginId(), withPlugin);
      for (Path file : files) {
        project.addFile(file.toAbsolutePath().toString());
      }
      for (Path entry : auxClasspath) {
        project.addAuxClasspathEntry(entry.toAbsolutePath().toString());
      }
      engine.setProject(project);
      engine.setDetectorFactoryCollection(DetectorFactoryCollection.instance());
      BugCollectionBugReporter reporter =
          new BugCollectionBugReporter(project) {
            @Override
            public void reportQueuedErrors() {
              // Returned in the result instead of printed.
            }
          };
      reporter.setPriorityThreshold(Priorities.LOW_PRIORITY);
      reporter.setRankThreshold(BugRanker.VISIBLE_RANK_MAX);
      engine.setBugReporter(reporter);
      UserPreferences preferences = UserPreferences.createDefaultUserPreferences();
      preferences.setEffort(UserPreferences.EFFORT_DEFAULT);
      for (Iterator<DetectorFactory> i = DetectorFactoryCollection.instance().factoryIterator();
          i.hasNext(); ) {
        DetectorFactory factory = i.next();
        boolean mine = factory.getPlugin() == ours;
        boolean enabled =
            switch (config) {
              case DEFAULT -> !mine && factory.isDefaultEnabled();
              case DEFAULT_WITH_PLUGIN -> mine || factory.isDefaultEnabled();
              case PLUGIN_ONLY ->
                  mine || (!factory.isReportingDetector() && factory.isDefaultEnabled());
            };
        preferences.enableDetector(factory, enabled);
      }
      if (config == Config.PLUGIN_ONLY) {
        preferences.getFilterSettings().clearAllCategories();
      }
      engine.setUserPreferences(preferences);
      Exception failure = null;
      long cpu0 = Threads.cpuNanos();
      long start = System.nanoTime();
      try {
        engine.execute();
      } catch (Exception e) {
        failure = e;
      }
      long wall = System.nanoTime() - start;
      long cpu = Threads.cpuNanos() - cpu0;
      List<String> errors = new ArrayList<>();
      for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
        errors.add(describe(error));
      }
      return new Result(
          config,
          wall,
          cpu,
          new ArrayList<>(reporter.getBugCollection().getCollection()),
          errors,
          failure);
    } catch (Exception e) {
      throw new IllegalStateException("SpotBugs run failed to set up", e);
    }
  }

  private static String describe(AbstractBugReporter.Error error) {
    StringBuilder text = new StringBuilder(error.getMessage());
    Throwable cause = error.getCause();
    if (cause != null) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      text.append(": ").append(trace);
    }
    return text.toString();
  }

  /** {@code file:line} of a report, the file relative to its package root. */
  static String location(BugInstance bug) {
    SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
    String pkg = line.getPackageName();
    String file = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + line.getSourceFile();
    return file + ":" + line.getStartLine();
  }
}
