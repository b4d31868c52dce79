package io.github.mapinit.bench.oracle;

import java.util.Map;
import java.util.TreeMap;

/**
 * Java source text whose line numbers are known as it is written, with a note on each line that
 * uses a map, so that a miss or a false finding can say what construct it sits in.
 */
final class SourceWriter {

  private final StringBuilder text = new StringBuilder();
  private final Map<Integer, String> notes = new TreeMap<>();
  private int line = 1;
  private int indent;

  /** Writes one line at the current indentation and returns its number. */
  int line(String code) {
    if (!code.isEmpty()) {
      text.append("  ".repeat(indent)).append(code);
    }
    text.append('\n');
    return line++;
  }

  /** Writes one line that uses a map, with what it is. */
  void use(String code, String note) {
    notes.put(line(code), note);
  }

  /** {@code header {} and one level deeper. */
  void open(String header) {
    line(header + " {");
    indent++;
  }

  /** Like {@link #open} for a header that uses a map. */
  void openUse(String header, String note) {
    use(header + " {", note);
    indent++;
  }

  /** {@code } + tail}, one level shallower; the tail continues the statement ({@code else}...). */
  void close(String tail) {
    indent--;
    line("}" + tail);
  }

  /** {@code } middle {}: the next part of the same statement ({@code else}, {@code catch}...). */
  void reopen(String middle) {
    indent--;
    line("} " + middle + " {");
    indent++;
  }

  void close() {
    close("");
  }

  String text() {
    return text.toString();
  }

  /** Line number to what the line's map use is. */
  Map<Integer, String> notes() {
    return notes;
  }
}
