package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.AnsweringHelpers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * What a boolean helper that answers with a combination of flag fields ({@code return configured &&
 * started;}) says of them where it answers true and where it answers false (policy {@link
 * AnsweringHelpers}): its one {@code return} statement evaluated as Java does, each {@code &&} and
 * {@code ||} only as far as it needs; a comparison of a flag field with null is its reference flag,
 * a comparison of a followed field with a constant the flag of that test, and a call of another
 * such helper on this answers as that helper does.
 */
final class AnswerPaths {

  /** The flag values the helper's answer {@code true}, and its answer {@code false}, imply. */
  record Answers(Map<VarSymbol, Boolean> whenTrue, Map<VarSymbol, Boolean> whenFalse) {}

  /** The flag a comparison tests, and the comparison's result where the flag holds. */
  record TestFlag(VarSymbol flag, boolean whereHolds) {}

  /** More paths than this are not followed: the helper is no simple combination. */
  private static final int MOST_PATHS = 16;

  private AnswerPaths() {}

  /**
   * The answers of {@code helper}, whose body is {@code return e;} with {@code e} made of the
   * {@code flags} of the running object, {@code !}, {@code &&} and {@code ||}; null otherwise.
   */
  static @Nullable Answers of(
      MethodTree helper,
      Set<VarSymbol> flags,
      Function<MethodInvocationTree, @Nullable MethodTree> ownHelper,
      Function<BinaryTree, @Nullable TestFlag> comparison) {
    return of(helper, new Reading(flags, ownHelper, comparison, new LinkedHashSet<>()));
  }

  /**
   * What a reading needs: the flags, the body of a boolean helper of the class that a call on this
   * runs ({@code hasStore()} inside {@code accepting()}), the test a comparison of a field with a
   * constant makes ({@code state == RUNNING}, {@code count > 0}), and the helpers being read, so
   * that a recursion stops.
   */
  private record Reading(
      Set<VarSymbol> flags,
      Function<MethodInvocationTree, @Nullable MethodTree> ownHelper,
      Function<BinaryTree, @Nullable TestFlag> comparison,
      Set<MethodTree> open) {}

  private static @Nullable Answers of(MethodTree helper, Reading reading) {
    Optional<ExpressionTree> returned = NullTests.singleReturn(helper);
    if (returned.isEmpty() || !reading.open().add(helper)) {
      return null;
    }
    List<Map<VarSymbol, Boolean>> whenTrue = paths(returned.get(), true, reading);
    List<Map<VarSymbol, Boolean>> whenFalse = paths(returned.get(), false, reading);
    reading.open().remove(helper);
    if (whenTrue == null || whenFalse == null) {
      return null;
    }
    Answers answers =
        new Answers(AnsweringHelpers.impliedBy(whenTrue), AnsweringHelpers.impliedBy(whenFalse));
    return answers.whenTrue().isEmpty() && answers.whenFalse().isEmpty() ? null : answers;
  }

  /** The flag values on each way {@code expression} evaluates to {@code value}; null: unknown. */
  private static @Nullable List<Map<VarSymbol, Boolean>> paths(
      ExpressionTree expression, boolean value, Reading reading) {
    Set<VarSymbol> flags = reading.flags();
    ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
    if (stripped instanceof UnaryTree not && stripped.getKind() == Tree.Kind.LOGICAL_COMPLEMENT) {
      return paths(not.getExpression(), !value, reading);
    }
    if (stripped instanceof BinaryTree binary
        && (stripped.getKind() == Tree.Kind.CONDITIONAL_AND
            || stripped.getKind() == Tree.Kind.CONDITIONAL_OR)) {
      // a && b is true where both are; a || b is false where both are. The other answer comes
      // from the left alone, or from the left's other answer and then the right.
      boolean both = stripped.getKind() == Tree.Kind.CONDITIONAL_AND;
      List<Map<VarSymbol, Boolean>> leftSame = paths(binary.getLeftOperand(), value, reading);
      List<Map<VarSymbol, Boolean>> rightSame = paths(binary.getRightOperand(), value, reading);
      if (leftSame == null || rightSame == null) {
        return null;
      }
      if (value == both) {
        return combined(leftSame, rightSame);
      }
      List<Map<VarSymbol, Boolean>> leftOther = paths(binary.getLeftOperand(), !value, reading);
      if (leftOther == null) {
        return null;
      }
      List<Map<VarSymbol, Boolean>> all = new ArrayList<>(leftSame);
      List<Map<VarSymbol, Boolean>> onward = combined(leftOther, rightSame);
      if (onward == null) {
        return null;
      }
      all.addAll(onward);
      return all.size() > MOST_PATHS ? null : all;
    }
    if (stripped.getKind() == Tree.Kind.EQUAL_TO || stripped.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      // `store != null`: the reference flag of the field, true where it holds an object.
      Optional<VarSymbol> compared =
          NullTests.fieldComparedWithNull(stripped, flags).filter(field -> !field.isStatic());
      if (compared.isPresent()) {
        return List.of(
            Map.of(compared.get(), value == (stripped.getKind() == Tree.Kind.NOT_EQUAL_TO)));
      }
    }
    if (stripped instanceof BinaryTree comparison) {
      // `state == RUNNING`, `count > 0`: the flag of the field's test (policy ConstantTests).
      TestFlag tested = reading.comparison().apply(comparison);
      return tested == null ? null : List.of(Map.of(tested.flag(), value == tested.whereHolds()));
    }
    if (stripped instanceof MethodInvocationTree call) {
      // Another helper of the class on this: its answer implies what it implies.
      MethodTree helper = reading.ownHelper().apply(call);
      Answers nested = helper == null ? null : of(helper, reading);
      return nested == null ? null : List.of(value ? nested.whenTrue() : nested.whenFalse());
    }
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    if (symbol instanceof VarSymbol field
        && field.getKind() == ElementKind.FIELD
        && flags.contains(field)
        && (field.isStatic() || JavacFacts.isOnThis(stripped))) {
      return List.of(Map.of(field, value));
    }
    return null;
  }

  /** Each path of {@code first} followed by each of {@code then} that does not contradict it. */
  private static @Nullable List<Map<VarSymbol, Boolean>> combined(
      List<Map<VarSymbol, Boolean>> first, List<Map<VarSymbol, Boolean>> then) {
    List<Map<VarSymbol, Boolean>> combined = new ArrayList<>();
    for (Map<VarSymbol, Boolean> a : first) {
      for (Map<VarSymbol, Boolean> b : then) {
        Map<VarSymbol, Boolean> path = new LinkedHashMap<>(a);
        boolean consistent = true;
        for (Map.Entry<VarSymbol, Boolean> flag : b.entrySet()) {
          Boolean before = path.put(flag.getKey(), flag.getValue());
          consistent &= before == null || before.equals(flag.getValue());
        }
        if (consistent) {
          combined.add(path);
        }
      }
    }
    return combined.size() > MOST_PATHS ? null : combined;
  }
}
