package io.github.mapinit.policy.rules;

/**
 * A comparison of two integers, as a branch tests it. Where one side is a constant, the comparison
 * is a test of a flag of the other side that two tests share (spec 8, correlated conditions):
 * {@code n < 0} and {@code n >= 0} test one flag, "n &gt;= 0", with opposite answers; {@code n > 2}
 * and {@code n >= 3} test the same one.
 */
public enum IntComparison {
  EQUAL,
  NOT_EQUAL,
  LESS,
  LESS_OR_EQUAL,
  GREATER,
  GREATER_OR_EQUAL;

  public boolean holds(long left, long right) {
    return switch (this) {
      case EQUAL -> left == right;
      case NOT_EQUAL -> left != right;
      case LESS -> left < right;
      case LESS_OR_EQUAL -> left <= right;
      case GREATER -> left > right;
      case GREATER_OR_EQUAL -> left >= right;
    };
  }

  /**
   * The flag that {@code variable <this> constant} tests, named by its threshold ({@code ">= 3"} or
   * {@code "== 3"}), with the flag's value where the comparison holds; {@code constantOnLeft} for
   * {@code constant <this> variable}.
   */
  public String flagTested(long constant, boolean constantOnLeft) {
    IntComparison comparison = constantOnLeft ? mirrored() : this;
    return switch (comparison) {
      case EQUAL, NOT_EQUAL -> "== " + constant;
      case GREATER_OR_EQUAL, LESS -> ">= " + constant;
      case GREATER, LESS_OR_EQUAL -> ">= " + (constant + 1);
    };
  }

  /** The value of {@link #flagTested}'s flag where the comparison holds. */
  public boolean flagWhereHolds(boolean constantOnLeft) {
    IntComparison comparison = constantOnLeft ? mirrored() : this;
    return comparison == EQUAL || comparison == GREATER_OR_EQUAL || comparison == GREATER;
  }

  /** The same comparison with its sides swapped: {@code a < b} is {@code b > a}. */
  private IntComparison mirrored() {
    return switch (this) {
      case EQUAL, NOT_EQUAL -> this;
      case LESS -> GREATER;
      case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
      case GREATER -> LESS;
      case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
    };
  }
}
