package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Spec 4, a callback kept in a final field of its object ({@code private final Consumer<String>
 * onSave = path -> counts.merge(..);}): it runs only where code runs it. Where the class never runs
 * it and only hands the field to methods of objects that its own fields hold ({@code
 * bus.subscribe(onSave)}, {@code bus.isSubscribed(onSave)}, {@code bus.unsubscribe(onSave)}), it
 * runs only while one of those objects keeps it, from a call that may keep it. So it starts from
 * the states at those calls, each of which brings its uses as a lambda created there would, and
 * then meets a reset as a lambda kept for later does: low where the reset calls every object it was
 * handed to ({@link WithdrawnCallbacks}), as sure as any reset otherwise.
 */
public final class RegisteredCallbacks {

  private RegisteredCallbacks() {}

  /** How the code of a method that is handed the callback uses the parameter that receives it. */
  public enum ParameterUse {
    /** {@code x == s}: compared with another reference. */
    COMPARED,
    /** The argument of a call of a JDK collection's method that only looks for it or removes it. */
    LOOKED_UP_OR_REMOVED,
    /** Anything else: stored, added to a collection, passed on, captured by a lambda, run. */
    OTHER
  }

  /** JDK collection methods that look an element up or remove it, and never keep it. */
  private static final Set<String> LOOKUPS_AND_REMOVALS =
      Set.of(
          "contains",
          "containsKey",
          "containsValue",
          "indexOf",
          "lastIndexOf",
          "remove",
          "removeFirstOccurrence",
          "removeLastOccurrence",
          "removeElement");

  /**
   * Whether {@code methodName}, called on a JDK collection or map with the parameter as its only
   * argument, only looks it up or removes it.
   */
  public static boolean looksUpOrRemoves(String methodName) {
    return LOOKUPS_AND_REMOVALS.contains(methodName);
  }

  /**
   * Whether a method handed the callback may keep it: yes where its code is not in view (an
   * interface's method, another library's), and where it uses the parameter otherwise than to
   * compare it or to look it up in, or remove it from, a collection.
   *
   * @param uses how the method's code uses the parameter, or null where that code is not in view
   */
  public static boolean mayKeep(@Nullable Collection<ParameterUse> uses) {
    return uses == null || uses.contains(ParameterUse.OTHER);
  }

  /**
   * Whether a call that is handed the callback may keep it: not where it is a JDK collection's
   * method that only looks it up or removes it ({@code listeners.remove(tracker)}, with the
   * callback as its only argument); otherwise as {@link #mayKeep} says of the called method's code.
   *
   * @param onCollection the call is made on a JDK collection or map
   * @param uses how the called method's code uses the parameter, asked only where it matters
   */
  public static boolean callMayKeep(
      boolean onCollection,
      String methodName,
      int arguments,
      Supplier<@Nullable Collection<ParameterUse>> uses) {
    if (onCollection && arguments == 1 && looksUpOrRemoves(methodName)) {
      return false;
    }
    return mayKeep(uses.get());
  }

  /** The places that hold the callback: the objects of {@code handedTo}, fields of its object. */
  public static WithdrawnCallbacks.Holders holders(Set<String> handedTo) {
    return new WithdrawnCallbacks.Holders(Set.of(), handedTo);
  }
}
