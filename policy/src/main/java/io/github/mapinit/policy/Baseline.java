package io.github.mapinit.policy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The known findings of a project that adopted the gate with findings already in its code: a text
 * file, one finding a line, that Error Prone reads through the option {@code Baseline} and whose
 * findings it does not report, so that only new ones fail the build.
 *
 * <p>A line names a finding by what survives edits around it, never by a line number: the class
 * that holds the code (its binary name, {@code com.example.Outer$Inner}), the method or constructor
 * with its parameters' simple type names ({@code add(Order)}, {@code OrderService(String)}; {@code
 * <init>} for a field initialiser or an instance initializer block, {@code <clinit>} for a static
 * one), and the place the message names ({@code orderCache}, {@code other.cache}, {@code
 * Registry.ENTRIES}), separated by spaces:
 *
 * <pre>
 * com.example.orders.OrderService add(Order) orderCache
 * </pre>
 *
 * Blank lines and lines that start with {@code #} are comments. Several findings of one place in
 * one method share a line.
 */
public final class Baseline {

  /** The first lines of a written file. */
  static final List<String> HEADER =
      List.of(
          "# mapinit baseline: the UninitializedMapWrite findings known when the gate was adopted;",
          "# the check does not report them. One finding a line: class, method or constructor,"
              + " place.",
          "# Written by -XepOpt:UninitializedMapWrite:UpdateBaseline=true, which adds the findings"
              + " of a build;",
          "# delete the file first to start over.");

  private static final Pattern SPACE_AFTER_COMMA = Pattern.compile(",\\s+");

  private static final Pattern WORD = Pattern.compile("\\S+");

  /** How long a writer waits for another writer of this JVM that holds the file. */
  private static final long LOCK_WAIT_MILLIS = 120_000;

  private final Set<Entry> entries;

  private Baseline(Set<Entry> entries) {
    this.entries = entries;
  }

  /** One known finding. */
  public record Entry(String className, String member, String place) {

    /** The entry as a line of the file. */
    public String line() {
      return className + " " + member + " " + place;
    }
  }

  /**
   * Reads {@code file}.
   *
   * @param shownKey the option as the user spelled it, for the message of a bad file
   * @throws InvalidOptionException naming the key when the file cannot be read or a line is not an
   *     entry
   */
  public static Baseline read(Path file, String shownKey) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidOptionException(
          shownKey, "cannot read the baseline file " + file.toAbsolutePath() + " (" + e + ")");
    }
    return new Baseline(parse(lines, file, shownKey));
  }

  private static Set<Entry> parse(List<String> lines, Path file, String shownKey) {
    Set<Entry> entries = new TreeSet<>(Baseline::compare);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> parts =
          WORD.matcher(SPACE_AFTER_COMMA.matcher(line).replaceAll(","))
              .results()
              .map(MatchResult::group)
              .toList();
      if (parts.size() != 3) {
        throw new InvalidOptionException(
            shownKey,
            file.toAbsolutePath()
                + " line "
                + (i + 1)
                + ": want \"<class> <method or constructor> <place>\", not \""
                + line
                + "\"");
      }
      entries.add(new Entry(parts.get(0), parts.get(1), parts.get(2)));
    }
    return entries;
  }

  private static int compare(Entry a, Entry b) {
    return a.line().compareTo(b.line());
  }

  /** Whether {@code entry} is a known finding. */
  public boolean contains(Entry entry) {
    return entries.contains(entry);
  }

  /** How many known findings the file lists. */
  public int size() {
    return entries.size();
  }

  /**
   * Adds {@code added} to {@code file}, creating it (with {@link #HEADER}) if needed, and keeps its
   * entries sorted. Safe when several compilations write the same file at once, in this JVM
   * (Maven's {@code -T}) or in others: each holds a lock on the file while it reads, merges and
   * writes.
   *
   * @param shownKey the option that names the file, as the user spelled it
   * @throws InvalidOptionException naming the key when a line of the file is not an entry
   */
  public static void add(Path file, Collection<Entry> added, String shownKey) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = lock(channel, file)) {
      ByteBuffer content = ByteBuffer.allocate((int) channel.size());
      while (content.hasRemaining() && channel.read(content, content.position()) >= 0) {
        // read it all
      }
      List<String> before = new String(content.array(), StandardCharsets.UTF_8).lines().toList();
      Set<Entry> merged = new TreeSet<>(Baseline::compare);
      merged.addAll(parse(before, file, shownKey));
      if (!merged.addAll(added) && !before.isEmpty()) {
        return;
      }
      List<String> lines = new ArrayList<>(HEADER);
      merged.forEach(entry -> lines.add(entry.line()));
      byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      ByteBuffer out = ByteBuffer.wrap(bytes);
      while (out.hasRemaining()) {
        channel.write(out, out.position());
      }
      channel.force(true);
    }
  }

  /**
   * The file's lock. Another process's lock makes {@link FileChannel#lock()} wait; this JVM's own
   * (another compilation of a parallel build) makes it throw, so that case waits here.
   */
  private static FileLock lock(FileChannel channel, Path file) throws IOException {
    long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        if (System.currentTimeMillis() > deadline) {
          throw new IOException("another compilation holds " + file + " for too long", e);
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for " + file, interrupted);
        }
      }
    }
  }
}
