package io.github.mapinit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: its format, the options that name it, and writers at the same time. */
final class BaselineTest {

  private static final String CHECK = "UninitializedMapWrite";

  @TempDir Path dir;

  private static Baseline.Entry entry(String className, String member, String place) {
    return new Baseline.Entry(className, member, place);
  }

  @Test
  void entriesAreClassMemberAndPlaceCommentsAndBlankLinesAside() throws IOException {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(
        file,
        "# known\n\ncom.example.Orders add(Order) orderCache\n"
            + "  com.example.Orders$Events Events(Executor, int) listeners  \n");
    Baseline baseline = Baseline.read(file, CHECK + ":Baseline");
    assertEquals(2, baseline.size());
    assertTrue(baseline.contains(entry("com.example.Orders", "add(Order)", "orderCache")));
    // A space after a comma of the parameter list is read as none.
    assertTrue(
        baseline.contains(entry("com.example.Orders$Events", "Events(Executor,int)", "listeners")));
    assertFalse(baseline.contains(entry("com.example.Orders", "find(String)", "orderCache")));
  }

  @Test
  void aLineThatIsNotAnEntryIsAnErrorNamingTheKeyAndTheLine() throws IOException {
    Path file = dir.resolve("baseline.txt");
    Files.writeString(file, "# known\ncom.example.Orders orderCache\n");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> Options.fromErrorProneFlags(Map.of("Baseline", file.toString()), CHECK));
    assertEquals(CHECK + ":Baseline", e.key());
    assertTrue(e.getMessage().contains(file + " line 2"), e.getMessage());
  }

  @Test
  void aMissingFileIsAnErrorNamingTheKeyUnlessItIsBeingWritten() {
    Path file = dir.resolve("missing.txt");
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> Options.fromErrorProneFlags(Map.of("Baseline", file.toString()), CHECK));
    assertEquals(CHECK + ":Baseline", e.key());
    assertTrue(e.getMessage().contains(file + " does not exist"), e.getMessage());

    Options update =
        Options.fromErrorProneFlags(
            Map.of("Baseline", file.toString(), "UpdateBaseline", "true"), CHECK);
    assertEquals(Optional.of(file), update.baselineToUpdate());
    assertEquals(Optional.empty(), update.baseline());
  }

  @Test
  void updateBaselineWantsABooleanAndAFile() {
    InvalidOptionException notBoolean =
        assertThrows(
            InvalidOptionException.class,
            () -> Options.fromErrorProneFlags(Map.of("UpdateBaseline", "yes"), CHECK));
    assertEquals(CHECK + ":UpdateBaseline", notBoolean.key());
    InvalidOptionException noFile =
        assertThrows(
            InvalidOptionException.class,
            () -> Options.fromErrorProneFlags(Map.of("UpdateBaseline", "true"), CHECK));
    assertEquals(CHECK + ":UpdateBaseline", noFile.key());
    assertTrue(noFile.getMessage().contains(CHECK + ":Baseline=<file>"), noFile.getMessage());
    assertEquals(
        Optional.empty(),
        Options.fromErrorProneFlags(Map.of("UpdateBaseline", "false"), CHECK).baselineToUpdate());
  }

  @Test
  void addingCreatesTheFileSortedWithItsHeaderAndKeepsWhatItHad() throws IOException {
    Path file = dir.resolve("baseline.txt");
    Baseline.add(file, List.of(entry("b.B", "m()", "x"), entry("a.A", "<init>", "y")), CHECK);
    Baseline.add(file, List.of(entry("a.A", "<init>", "y"), entry("c.C", "n(int[])", "z")), CHECK);
    List<String> expected = new ArrayList<>(Baseline.HEADER);
    expected.addAll(List.of("a.A <init> y", "b.B m() x", "c.C n(int[]) z"));
    assertEquals(expected, Files.readAllLines(file));

    Path empty = dir.resolve("empty.txt");
    Baseline.add(empty, List.of(), CHECK);
    assertEquals(Baseline.HEADER, Files.readAllLines(empty));
    assertEquals(0, Baseline.read(empty, CHECK).size());
  }

  @Test
  void writersAtTheSameTimeLoseNothing() throws Exception {
    Path file = dir.resolve("baseline.txt");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Baseline.Entry added = entry("p.C" + i, "m()", "f");
        writes.add(
            pool.submit(
                () -> {
                  Baseline.add(file, List.of(added), CHECK);
                  return null;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(40, Baseline.read(file, CHECK).size());
  }
}
