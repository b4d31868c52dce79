package io.github.mapinit.policy.rules;

/**
 * Spec 3, places: a call of an accessor reads the field it returns. An instance method of the
 * analysed code that takes no argument and whose whole body returns a field of its own object
 * ({@code return orders;}, {@code return this.orders;}, or a record's generated component accessor)
 * gives its caller that field of the object it is called on: {@code tariff.rates().get(zone)} uses
 * {@code tariff.rates} as {@code tariff.rates.get(zone)} would, with the same state, the same
 * guards ({@code if (tariff.rates() != null)}) and the same message. A subclass elsewhere may
 * replace such a method; the object of the class itself still returns its own field, so the call is
 * read as the field either way, as a direct read of it is.
 */
public final class FieldAccessors {

  private FieldAccessors() {}

  /**
   * Whether a call of a method reads a field of the object it is called on.
   *
   * @param ofAnalysedCode whether the method belongs to the analysed code (the compilation unit, or
   *     the class file's own top-level class and its nest)
   * @param isStatic whether the method is static
   * @param parameters how many parameters it takes
   * @param onlyReturnsOwnField whether its body is a single return of a field of its own object
   */
  public static boolean readsField(
      boolean ofAnalysedCode, boolean isStatic, int parameters, boolean onlyReturnsOwnField) {
    return ofAnalysedCode && !isStatic && parameters == 0 && onlyReturnsOwnField;
  }
}
