package io.github.mapinit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated classes of growing size for the scale benchmark: one class with {@code methods} public
 * methods over {@code methods / 10} map fields (at least 2), each method with branches, a loop, a
 * switch, a local alias, a guard, a call to a private helper that the check follows, and, every
 * 50th method, a reset of a field to null (which makes that field maybe-null at the entry of every
 * other method). Every 100th method writes without a guard: a finding.
 */
final class ScaleCorpus {

  private ScaleCorpus() {}

  /** Number of map fields for a class of {@code methods} methods. */
  static int fields(int methods) {
    return Math.max(2, methods / 10);
  }

  /** Writes {@code scale/ScaleN.java} under {@code root}; returns the file. */
  static Path write(Path root, int methods) {
    String name = "Scale" + methods;
    Path file = root.resolve("scale").resolve(name + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source(name, methods), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The number of methods per class of {@link #writeSplit}. */
  static final int SPLIT_METHODS = 100;

  /**
   * Writes the same {@code methods} methods as {@link #write} but split into classes of {@value
   * #SPLIT_METHODS} ({@code scale/ScaleN_K.java}): SpotBugs skips a class of 1,000 methods as too
   * big, and analyses these. Returns the files.
   */
  static List<Path> writeSplit(Path root, int methods) {
    List<Path> files = new ArrayList<>();
    for (int k = 0; k * SPLIT_METHODS < methods; k++) {
      String name = "Scale" + methods + "_" + k;
      Path file = root.resolve("scale").resolve(name + ".java");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(
            file,
            source(name, Math.min(SPLIT_METHODS, methods - k * SPLIT_METHODS)),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.add(file);
    }
    return files;
  }

  static String source(String name, int methods) {
    int fields = fields(methods);
    StringBuilder s = new StringBuilder();
    s.append("package scale;\n\n");
    s.append("import java.util.HashMap;\nimport java.util.Map;\nimport java.util.TreeMap;\n\n");
    s.append("public class ").append(name).append(" {\n");
    s.append("  private final boolean flag;\n");
    for (int f = 0; f < fields; f++) {
      switch (f % 3) {
        case 0 ->
            s.append("  private Map<String, Integer> f").append(f).append(" = new HashMap<>();\n");
        case 1 -> s.append("  private Map<String, Integer> f").append(f).append(";\n");
        default -> s.append("  private TreeMap<String, Integer> f").append(f).append(";\n");
      }
    }
    s.append("\n  public ").append(name).append("(boolean flag) {\n    this.flag = flag;\n");
    for (int f = 1; f < fields; f += 3) {
      // Conditionally assigned: maybe null after construction.
      s.append("    if (flag) {\n      f").append(f).append(" = new HashMap<>();\n    }\n");
    }
    s.append("    init();\n  }\n\n");
    s.append("  private void init() {\n");
    for (int f = 2; f < fields; f += 3) {
      s.append("    f").append(f).append(" = new TreeMap<>();\n");
    }
    s.append("  }\n");
    for (int m = 0; m < methods; m++) {
      String f = "f" + (m % fields);
      s.append("\n  public int m").append(m).append("(String k, int x) {\n");
      s.append("    Map<String, Integer> alias = ").append(f).append(";\n");
      s.append("    int total = 0;\n");
      s.append("    if (x > 0) {\n");
      s.append("      if (").append(f).append(" == null) {\n");
      s.append("        ")
          .append(f)
          .append(" = new ")
          .append(m % fields % 3 == 2 ? "TreeMap" : "HashMap")
          .append("<>();\n");
      s.append("      }\n");
      s.append("      ").append(f).append(".put(k, x);\n");
      s.append("    } else if (x < -100) {\n");
      s.append("      return alias != null ? alias.size() : 0;\n");
      s.append("    }\n");
      s.append("    switch (x % 3) {\n");
      s.append("      case 0:\n        total += x;\n        break;\n");
      s.append("      case 1:\n        if (")
          .append(f)
          .append(" != null) {\n          total += ")
          .append(f)
          .append(".getOrDefault(k, 0);\n        }\n        break;\n");
      s.append("      default:\n        total -= x;\n    }\n");
      s.append("    for (int j = 0; j < x; j++) {\n");
      s.append("      if ((j & 1) == 0 && ").append(f).append(" != null) {\n");
      s.append("        ").append(f).append(".merge(k, j, Integer::sum);\n");
      s.append("      }\n    }\n");
      s.append("    total += h").append(m).append("(k, x);\n");
      if (m % 100 == 99) {
        s.append("    ").append(f).append(".remove(k);\n");
      }
      s.append("    return ")
          .append(f)
          .append(" == null ? total : total + ")
          .append(f)
          .append(".size();\n");
      s.append("  }\n");
      s.append("\n  private int h").append(m).append("(String k, int x) {\n");
      s.append("    if (flag && x == 7) {\n");
      s.append("      Map<String, Integer> local = new HashMap<>();\n");
      s.append("      local.put(k, x);\n");
      s.append("      return local.size();\n");
      s.append("    }\n");
      s.append("    return ")
          .append(f)
          .append(" != null && ")
          .append(f)
          .append(".containsKey(k) ? 1 : 0;\n");
      s.append("  }\n");
      if (m % 50 == 49) {
        s.append("\n  public void reset")
            .append(m)
            .append("() {\n    ")
            .append(f)
            .append(" = null;\n  }\n");
      }
    }
    s.append("}\n");
    return s.toString();
  }
}
