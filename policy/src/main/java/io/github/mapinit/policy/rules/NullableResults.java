package io.github.mapinit.policy.rules;

import java.util.function.BooleanSupplier;

/**
 * Spec 3, initialisation: a value not known to be null initialises, and a conditional with a null
 * branch initialises only on its other branch. A call of a method of the class whose own body is
 * what runs, and which returns {@code null} on some path ({@code return null;}, a {@code null} arm
 * of a conditional or a switch it returns, or a local variable of its own that holds a null of its
 * own code on some path to the return: {@code limits = null; switch (tier) {..} return limits;}
 * with a tier that no case assigns), is such a value: the class's own code says the result may be
 * null ({@code limits = parseLimits(spec);} where a blank spec gives {@code null}). Only a result
 * of a tracked type counts: what the class does with other values (an {@code Object} it later casts
 * to a map) is not followed, so it stays presumed an object, as any other call's result is.
 */
public final class NullableResults {

  private NullableResults() {}

  /**
   * Whether a call's result may be null.
   *
   * @param ownBody whether the call runs a body of the analysed class that no subclass replaces (a
   *     static, private or final method, or one of a final class)
   * @param trackedResult whether the method's return type is a tracked type
   * @param returnsNullLiteral whether that body returns the {@code null} literal, or a local that
   *     holds its own null, on some path, asked last: it reads the body
   */
  public static boolean mayBeNull(
      boolean ownBody, boolean trackedResult, BooleanSupplier returnsNullLiteral) {
    return ownBody && trackedResult && returnsNullLiteral.getAsBoolean();
  }

  /**
   * Whether a call of a method that a subclass may override may return null: an override that the
   * analysed code declares returns the {@code null} literal on some path, and the call may run it
   * ({@code protected Map<..> newFormulaTable() { return null; }} in a sheet that keeps no
   * formulas, for {@code formulas = newFormulaTable();} in its superclass). That is the code's own
   * word that null is one of the method's answers. The overridden body itself counts only where no
   * subclass can replace it ({@link #mayBeNull}): an overridable default is often the answer that
   * subclasses are meant to replace.
   *
   * @param trackedResult whether the method's return type is a tracked type
   * @param anOverrideReturnsNullLiteral whether an override the analysed code declares returns the
   *     {@code null} literal on some path, asked last: it reads the overrides
   */
  public static boolean overrideMayBeNull(
      boolean trackedResult, BooleanSupplier anOverrideReturnsNullLiteral) {
    return trackedResult && anOverrideReturnsNullLiteral.getAsBoolean();
  }

  /**
   * Whether a call's result, stored in a tracked field, is a map's entry for a key, which is null
   * where the map holds no entry for it ({@code this.current = regions.get(name);}): {@code
   * Map.get}, the one lookup whose contract answers a missing key with null. Only the store in a
   * field counts: a local taken from a map ({@code inner = outer.get(k); inner.put(..)}) is most
   * often read where the code has just made sure of the key, while a field keeps the entry for
   * methods that run later, with any key. Which keys a map holds is data that neither engine
   * follows, so the null is an assumption ({@code ConfidenceRules}). Code that asks the same map
   * about the same key ({@code if (!profiles.containsKey(name)) return false;}) in the method that
   * looks it up knows the answer, and maps hold no null values as a rule, so there the entry is
   * taken for an object.
   *
   * @param storedInTrackedField whether the call's result goes straight into a tracked field
   * @param receiverIsMap whether the call is made on a {@code java.util.Map}
   * @param methodName the method's name
   * @param parameterCount how many parameters the method takes
   * @param keyAsked whether the code of the same method (its lambdas apart) calls {@link
   *     #KEY_QUERY} on the same variable with the same key: a variable, a field read from one, or a
   *     constant; asked last
   */
  public static boolean missesEntry(
      boolean storedInTrackedField,
      boolean receiverIsMap,
      String methodName,
      int parameterCount,
      BooleanSupplier keyAsked) {
    return storedInTrackedField
        && receiverIsMap
        && methodName.equals(ENTRY_LOOKUP)
        && parameterCount == 1
        && !keyAsked.getAsBoolean();
  }

  /** The map's query for a key that {@link #missesEntry} follows. */
  public static final String KEY_QUERY = "containsKey";

  /** The map method whose result is the entry for its key, or null for a missing key. */
  public static final String ENTRY_LOOKUP = "get";

  /**
   * Whether a call's result, stored in a tracked field, may be null because the unit's code tests
   * the same method's result for null elsewhere.
   *
   * @param storedInTrackedField whether the call's result goes straight into a tracked field
   * @param parameterCount how many parameters the method takes
   * @param collectionQuery whether the method is one of a tracked collection type itself
   * @param testedForNull whether some code of the unit compares the method's result with null
   */
  public static boolean believedNullable(
      boolean storedInTrackedField,
      int parameterCount,
      boolean collectionQuery,
      boolean testedForNull) {
    return storedInTrackedField && parameterCount == 0 && !collectionQuery && testedForNull;
  }
}
