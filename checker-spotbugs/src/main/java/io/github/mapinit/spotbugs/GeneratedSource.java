package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.SourceFinder;
import io.github.mapinit.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds {@code @Generated} annotations with SOURCE retention ({@code javax.annotation.Generated},
 * {@code javax.annotation.processing.Generated}, {@code jakarta.annotation.Generated}), which javac
 * drops from the class file. They can only be read from the source, so this works where SpotBugs is
 * given the source path (IDE plugins, {@code -sourcepath}); elsewhere such code is analysed.
 */
final class GeneratedSource {

  private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+([\\w.]+)\\s*;");
  private static final Pattern ANNOTATION = Pattern.compile("@\\s*([\\w.]+)");

  private final Policy policy;
  private final Map<String, Boolean> byFile = new ConcurrentHashMap<>();

  GeneratedSource(Policy policy) {
    this.policy = policy;
  }

  /**
   * Whether the top-level type {@code topLevelClass}, declared in {@code sourceFile}, carries a
   * generated annotation in its source.
   */
  boolean isGenerated(String topLevelClass, String sourceFile) {
    if (sourceFile == null) {
      return false;
    }
    int dot = topLevelClass.lastIndexOf('.');
    String packageName = dot < 0 ? "" : topLevelClass.substring(0, dot);
    String simpleName = topLevelClass.substring(dot + 1);
    return byFile.computeIfAbsent(topLevelClass, k -> scan(packageName, simpleName, sourceFile));
  }

  private boolean scan(String packageName, String simpleName, String sourceFile) {
    String text = read(packageName, sourceFile);
    if (text == null) {
      return false;
    }
    text = COMMENTS.matcher(text).replaceAll(" ");
    Matcher declaration =
        Pattern.compile("\\b(class|interface|enum|record)\\s+" + Pattern.quote(simpleName) + "\\b")
            .matcher(text);
    String header = declaration.find() ? text.substring(0, declaration.start()) : "";
    Matcher annotation = ANNOTATION.matcher(header);
    while (annotation.find()) {
      if (resolvesToGenerated(annotation.group(1), header)) {
        return true;
      }
    }
    return false;
  }

  private boolean resolvesToGenerated(String name, String header) {
    if (policy.isGeneratedAnnotation(name)) {
      return true;
    }
    Matcher imports = IMPORT.matcher(header);
    while (imports.find()) {
      String imported = imports.group(1);
      if (imported.endsWith("." + name) && policy.isGeneratedAnnotation(imported)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String read(String packageName, String sourceFile) {
    try {
      SourceFinder finder = AnalysisContext.currentAnalysisContext().getSourceFinder();
      try (InputStream in = finder.openSource(packageName, sourceFile)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
