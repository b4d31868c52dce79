package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spec section 6: which of the uses that can meet a null are reported. After a use the place is
 * non-null on that path, so each path start reports its first use of each place (its own code
 * before a helper's, then by position), and a use reached from several starts is reported once.
 * Only uses shown at the user's threshold count: a hidden low-confidence use never hides one that
 * is shown.
 */
public final class ReportSelection {

  private ReportSelection() {}

  /**
   * A use that can meet a null on a path from {@code start}.
   *
   * @param start the body the path starts in
   * @param place the access path: the same field through another receiver is another place
   * @param site the use itself: the same instruction or expression reached from several starts
   * @param throughCall the use is in a helper that {@code start} calls
   * @param position the use's position in {@code start}: the call's, for a helper's use
   * @param confidence how sure the finding is
   * @param finding what the engine reports for it
   */
  public record Candidate<T>(
      Object start,
      Object place,
      Object site,
      boolean throughCall,
      int position,
      Confidence confidence,
      T finding) {}

  /** The findings to report at {@code threshold}, in the order of their first candidates. */
  public static <T> List<T> select(List<Candidate<T>> candidates, Confidence threshold) {
    Comparator<Candidate<T>> first =
        Comparator.<Candidate<T>, Boolean>comparing(Candidate::throughCall)
            .thenComparingInt(Candidate::position);
    Map<List<Object>, Candidate<T>> firstPerStart = new LinkedHashMap<>();
    for (Candidate<T> candidate : candidates) {
      if (candidate.confidence().isShownAt(threshold)) {
        firstPerStart.merge(
            List.of(candidate.start(), candidate.place()),
            candidate,
            (a, b) -> first.compare(a, b) <= 0 ? a : b);
      }
    }
    Set<List<Object>> reportedUses = new HashSet<>();
    List<T> selected = new ArrayList<>();
    for (Candidate<T> candidate : firstPerStart.values()) {
      if (reportedUses.add(List.of(candidate.site(), candidate.place()))) {
        selected.add(candidate.finding());
      }
    }
    return selected;
  }
}
