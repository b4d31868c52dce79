package io.github.mapinit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code findings.md}: every table row {@code | library | file:line | engine | view | message
 * | verdict |} is one finding. Other lines are free text.
 */
final class FindingsFile {

  private FindingsFile() {}

  static List<Finding> read(Path file) throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("|")) {
        continue;
      }
      String[] cells =
          line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length())
              .split("(?<!\\\\)\\|", -1);
      if (cells.length != 6) {
        continue;
      }
      String engine = cells[2].trim();
      if (!engine.equals("errorprone") && !engine.equals("spotbugs")) {
        continue;
      }
      findings.add(
          new Finding(
              cells[0].trim(),
              unquote(cells[1]),
              engine,
              cells[3].trim(),
              unquote(cells[4]).replace("\\|", "|"),
              cells[5].trim()));
    }
    return findings;
  }

  /** The row for {@code finding}, as the file holds it. */
  static String row(Finding finding) {
    return "| "
        + finding.library()
        + " | `"
        + finding.location()
        + "` | "
        + finding.engine()
        + " | "
        + finding.view()
        + " | "
        + finding.message().replace("|", "\\|")
        + " | "
        + (finding.verdict().isEmpty() ? "TODO" : finding.verdict())
        + " |";
  }

  private static String unquote(String cell) {
    String text = cell.trim();
    return text.startsWith("`") && text.endsWith("`") && text.indexOf('`', 1) == text.length() - 1
        ? text.substring(1, text.length() - 1)
        : text;
  }
}
