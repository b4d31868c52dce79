package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Spec 4, where a path starts: a parameter of a tracked type that code of the class's nest passes
 * the literal {@code null} ({@code render(template, null)}, {@code interpolate(text, null)}) may be
 * null where that method starts, on the method's own paths; it is a local place, reported where it
 * is dereferenced. The call is visible, so is what the method does with the null; what is not
 * related is the rest of that call: a model that only a template with tags needs, a map that only
 * one mode reads. So such a finding is low (spec 8).
 *
 * <p>The null is one the caller's own code shows: the literal, a conditional with a null branch
 * ({@code c ? null : overrides}), or a local variable that some statement of the caller sets to
 * null ({@code Map<..> none = null; mount(prefix, none)}), as {@link NullConstruction} follows
 * them; or a parameter of the caller given null so, where the caller does nothing with it but pass
 * it on as an argument of calls ({@code delete()} passes null to {@code newRequest(.., query)},
 * which only calls {@code buildUrl(path, query)}). A null that the caller computes is not followed.
 * A constructor's parameter is {@link NullConstruction}'s where the constructor stores it in a
 * field; a method that stores the parameter straight in a field is {@link NullSetters}'. A
 * variable-arity parameter is left out.
 */
public final class NullArguments {

  private NullArguments() {}

  /** Why the parameter may be null where the method starts: the call at {@code callLine}. */
  public static NullCause.PassedNull passedNull(int callLine) {
    return new NullCause.PassedNull(callLine, false);
  }

  /**
   * Why the parameter may be null where the method starts: the call at {@code callLine} passes on a
   * parameter of its own method that was given null and that the method only passes on.
   */
  public static NullCause.PassedNull passedOn(int callLine) {
    return new NullCause.PassedNull(callLine, true);
  }

  /**
   * Why a parameter given null may be null where its method starts, from what the calls and the
   * method show: a parameter the method stores straight in a tracked field is {@link NullSetters}'
   * and followed only where a call passes the literal ({@code literalLine}, null if none does); any
   * other is this rule's, passed on ({@code passedOn}) or given null at {@code line}. Empty where
   * nothing is followed.
   */
  public static Optional<NullCause> causeOf(
      boolean storedInField, @Nullable Integer literalLine, int line, boolean passedOn) {
    if (!storedInField) {
      return Optional.of(passedOn ? passedOn(line) : passedNull(line));
    }
    return literalLine == null
        ? Optional.empty()
        : Optional.of(NullSetters.passedNull(literalLine));
  }

  /**
   * A call that passes parameter {@code from} of the method it is in on, unchanged, as parameter
   * {@code to} of the called method, at {@code line}. {@code P} names a parameter in the engine's
   * own terms.
   */
  public record PassOn<P>(P from, P to, int line) {}

  /**
   * The parameters that get a null only by being passed one on: a parameter given null (directly,
   * in {@code givenNull}, or so passed on) that its method only passes on ({@code onlyPassedOn},
   * asked only of such parameters) gives the null to each parameter it is passed to; and so on,
   * through every method that only passes it on. A parameter given null directly keeps its own
   * call's line and is not in the result; each other takes the first line of the calls that pass it
   * on.
   */
  public static <P> Map<P, Integer> passedOnNull(
      Set<P> givenNull, Collection<PassOn<P>> passOns, Predicate<? super P> onlyPassedOn) {
    Map<P, Integer> reached = new HashMap<>();
    if (givenNull.isEmpty() || passOns.isEmpty()) {
      return reached;
    }
    Map<P, Boolean> passesOn = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PassOn<P> passOn : passOns) {
        if (givenNull.contains(passOn.to())
            || !(givenNull.contains(passOn.from()) || reached.containsKey(passOn.from()))
            || !passesOn.computeIfAbsent(passOn.from(), onlyPassedOn::test)) {
          continue;
        }
        Integer before = reached.get(passOn.to());
        if (before == null || passOn.line() < before) {
          reached.put(passOn.to(), passOn.line());
          changed = true;
        }
      }
    }
    return reached;
  }

  /** What a finding from this start assumes, as the message's closing clause. */
  static String assumption(NullCause.PassedNull passed) {
    return passed.callLine() > 0
        ? ", if the null passed at line " + passed.callLine() + " reaches it"
        : ", if a null passed by its class reaches it";
  }

  static String advice(NullCause.PassedNull passed) {
    return passed.callLine() > 0 && !passed.passedOn()
        ? "Pass an empty one instead of null at line "
            + passed.callLine()
            + ", or check the parameter for null."
        : "Check the parameter for null before this use.";
  }
}
