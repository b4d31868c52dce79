package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spec section 8, last paragraph, across methods: a boolean field set together with a map ({@code
 * started = true; jobs = new HashMap<>();} in {@code start()}) and tested before a use in another
 * method ({@code if (started) jobs.put(..)}) means the map is non-null where the flag holds. The
 * promise is a class invariant: it holds where every method starts when the constructors establish
 * it and every body that may assign the flag or the map keeps it at each of its exits, assuming it
 * at its start. The engines check each body's exits and report what breaks; this class only
 * decides.
 */
public final class FlagInvariants {

  /** "Where {@code flag} holds {@code value}, {@code field} is non-null." */
  public record Implication(String flag, boolean value, String field) {}

  private FlagInvariants() {}

  /**
   * The candidates that no body breaks. A candidate's flag must be private (no code elsewhere
   * assigns it) and its field assigned nowhere but in the class's own code on {@code this}; the
   * engine offers only those.
   */
  public static Set<Implication> holding(
      Set<Implication> candidates, Collection<Set<Implication>> brokenByBodies) {
    Set<Implication> holding = new LinkedHashSet<>(candidates);
    for (Set<Implication> broken : brokenByBodies) {
      holding.removeAll(broken);
    }
    return holding;
  }
}
