package io.github.mapinit.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the policy's data files: one entry a line, {@code #} starts a comment line. */
final class PolicyData {

  private PolicyData() {}

  static List<String> lines(String resource) {
    try (InputStream in = PolicyData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("policy data file missing from the jar: " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy data file " + resource, e);
    }
  }

  /** Lines of the form {@code "<type> <member>"}, split in two. */
  static List<String[]> pairs(String resource) {
    List<String[]> pairs = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": want two words a line, got: " + line);
      }
      pairs.add(parts);
    }
    return pairs;
  }
}
