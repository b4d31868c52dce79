package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.BitFlags;
import org.jspecify.annotations.Nullable;

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

  /**
   * The value a flag field of the object had where it was last assigned on this path ({@code closed
   * = true;} after {@code if (!closed)}): it keeps vouching for what that value did, on the same
   * promise of the class (spec 8 across methods).
   */
  record Snapshot(Field field) implements Flag {}

  /** A stack slot where {@code true} and {@code false} pushed on two paths met. */
  record StackSlot(int slot) implements Flag {}

  /**
   * An int result at a stack slot that is {@code whenNull} wherever a field of the object is null
   * (policy {@code ResultsWhenNull}): true where the result is known not to be {@code whenNull},
   * where the field is not null.
   */
  record ResultNotWhenNull(int slot, int whenNull) implements Flag {}

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

  /**
   * The length of the array in a local, by slot, on the stack: its comparisons with constants are
   * tests of the local (policy {@code ConstantTests#ofLength}); not a variable.
   */
  record ArrayLength(int slot) implements Flag {}

  /**
   * The first test of a counting loop on the stack, true where the loop's body runs: where the
   * index still holds its 0, exactly where the bound is at least one ({@code atLeastOne}, or always
   * where {@code holdsAnElement}); not a variable (policy {@code CountingLoops}).
   */
  record LoopEntered(int index, Flag atLeastOne, boolean holdsAnElement) implements Flag {}

  /**
   * {@code i % n} on the stack, for the index {@code i} of a counting loop: 0 wherever the index
   * still holds its 0, so where it is not 0 the index has been advanced; not a variable (policy
   * {@code CountingLoops}).
   */
  record RemainderOf(int index) implements Flag {}

  /**
   * The size of a followed local collection, on the stack: never negative, and 0 where its
   * emptiness flag holds (policy {@code CollectionEmptiness}); not a variable.
   */
  record SizeOf(PureTest emptiness) implements Flag {}

  /**
   * An integer constant other than 0 and 1 ({@code bipush 3}), which a comparison of a {@link
   * IntFieldValue} may decide; not a variable.
   */
  record IntConstant(int value) implements Flag {}

  /**
   * One of two int constants, on the stack where two paths that pushed them meet ({@code focused ?
   * 0 : FOCUSED}); not a variable.
   */
  record EitherInt(int first, int second) implements Flag {}

  /**
   * The value of an {@code int} field of the analysed object, on the stack: 0 where {@code zero}
   * holds, which is the field's {@link Field} flag, true while nothing has assigned it since
   * construction started (policy {@code FreshCounters}), or, for the value the field held before an
   * assignment that left a copy on the stack ({@code count++ == 0}), a {@link Snapshot} of that
   * flag; not a variable itself.
   */
  record IntFieldValue(Field field, Flag zero) implements Flag {

    /** The field's value as it is now. */
    static IntFieldValue of(Field field) {
      return new IntFieldValue(field, field);
    }
  }

  /**
   * An int on the stack made from the current value of {@code field}, an int field of this object,
   * by bitwise operations with constants: {@code flags | HAS_POOL}, {@code flags & ~HAS_POOL}, or
   * either of two such (policy {@code BitFlags}); not a variable.
   */
  record Bits(Field field, BitFlags.Update update) implements Flag {

    /** The mask that this value keeps of the field's bits, where it is {@code field & mask}. */
    @Nullable Long maskKept() {
      return update.set() == 0 && update.unknown() == 0 ? ~update.clear() : null;
    }

    /** What two paths pushed, where they meet: either value. */
    static @Nullable Flag either(@Nullable Flag a, @Nullable Flag b) {
      return a instanceof Bits first && b instanceof Bits second && first.field.equals(second.field)
          ? new Bits(first.field, first.update.or(second.update))
          : null;
    }
  }

  /**
   * {@code lcmp}'s result, on the stack: the branch on it that follows compares {@code left} with
   * {@code right}, each the flag of a long operand (null for one without), as an int comparison
   * would; not a variable.
   */
  record LongComparison(@Nullable Flag left, @Nullable Flag right) implements Flag {}

  /**
   * The result of a test of the local in {@code slot} that gives the same answer each time until
   * the local is assigned: a method of policy data {@code pure-tests.txt} with constant arguments
   * ({@code test} names the method and them), a comparison of an int with a constant ({@code test}
   * names its threshold, policy {@code IntComparison}), of an enum with one of its constants, or a
   * record's boolean accessor (policy {@code ConstantTests}).
   */
  record PureTest(int slot, String test) implements Flag {}

  /**
   * A static field read as a constant of its own class's type, an enum constant ({@code
   * Mode.INDEXED}), which a comparison with a variable tests (policy {@code ConstantTests}); not a
   * variable.
   */
  record NamedConstant(String name) implements Flag {}

  /** A string constant ({@code ldc "a"}), which a {@link PureTest} may take; not a variable. */
  record StringConstant(String value) implements Flag {}

  /**
   * A collection, or its iterator, that is empty wherever the field of the object is null: the
   * result of a helper that returns an empty collection there, or a view of it (policy {@code
   * EmptyViews}); an object, as a call's result is presumed to be, and not a variable.
   */
  record EmptyWhereNull(FieldKey field) implements Flag {}

  /**
   * The answer of a boolean helper of the class that combines flag fields ({@code return configured
   * && started;}, policy {@code AnsweringHelpers}), on the stack: where it is true the flags hold
   * {@code whenTrue}, where false {@code whenFalse}; the flags of tracked map fields, in {@code
   * trackedFields}, are those fields' own null tests; not a variable.
   */
  record Answer(
      java.util.Map<Flag, Boolean> whenTrue,
      java.util.Map<Flag, Boolean> whenFalse,
      java.util.Map<Flag, FieldKey> trackedFields)
      implements Flag {}

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
    return !(this instanceof Constant)
        && !(this instanceof PresumedObject)
        && !(this instanceof IntConstant)
        && !(this instanceof IntFieldValue)
        && !(this instanceof LongComparison)
        && !(this instanceof ArrayLength)
        && !(this instanceof SizeOf)
        && !(this instanceof LoopEntered)
        && !(this instanceof RemainderOf)
        && !(this instanceof StringConstant)
        && !(this instanceof EmptyWhereNull)
        && !(this instanceof Answer)
        && !(this instanceof NamedConstant);
  }
}
