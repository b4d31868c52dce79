package io.github.mapinit.spotbugs;

/**
 * A boolean the dataflow follows (spec 8, correlated conditions), or a constant on the stack that
 * may be stored into one. javac materialises {@code known = lookup != null} as two constants pushed
 * on two paths; where the paths meet, the stack slot becomes a flag of its own, whose value says
 * which path ran.
 */
sealed interface Flag {

  /** A local variable or parameter, by slot. */
  record Local(int slot) implements Flag {}

  /**
   * A boolean field of the analysed object or class, or an untracked reference field of the object,
   * true where it holds an object.
   */
  record Field(String className, String name, boolean isStatic) implements Flag {}

  /** A stack slot where {@code true} and {@code false} pushed on two paths met. */
  record StackSlot(int slot) implements Flag {}

  /**
   * Whether the iterator in a local, by slot, of a collection that holds an element has not been
   * advanced yet (policy {@code NonEmptyCollections}): true from {@code iterator()} to the first
   * {@code next()}.
   */
  record Unadvanced(int slot) implements Flag {}

  /**
   * The result of {@code hasNext()} on the iterator in a local, by slot: true wherever the iterator
   * is {@link Unadvanced}, so where it is false the iterator has been advanced.
   */
  record HasNext(int slot) implements Flag {}

  /** {@code iconst_0} or {@code iconst_1}: not a variable, but what one may be set to. */
  record Constant(boolean value) implements Flag {}

  /**
   * A call's result or a parameter: an object, as the analysis presumes everywhere (policy {@code
   * ReferenceValue.PRESUMED_OBJECT}); not a variable.
   */
  record PresumedObject() implements Flag {}

  Flag PRESUMED_OBJECT = new PresumedObject();

  /** Whether a test of this value teaches something: it names a variable, not a constant. */
  default boolean isVariable() {
    return !(this instanceof Constant) && !(this instanceof PresumedObject);
  }
}
