package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.IntComparison;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Which flag a comparison of a variable with a constant tests (policy {@link ConstantTests}): an
 * int compared with a constant, or an enum compared with one of its constants. The variable is a
 * local, or a final field of the running object, read as {@code mode} or {@code this.mode}.
 */
final class ConstantComparisons {

  /**
   * {@code test} of {@code variable}: its flag is {@code whereHolds} where the comparison holds.
   */
  record Tested(VarSymbol variable, String test, boolean whereHolds) {

    boolean isField() {
      return variable.getKind() == ElementKind.FIELD;
    }
  }

  private ConstantComparisons() {}

  /**
   * The comparisons of each local with constants in {@code host}, code of class {@code running}.
   */
  static Map<VarSymbol, Set<String>> localTestsIn(Tree host, Symbol running) {
    Map<VarSymbol, Set<String>> tests = new HashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree comparison, Void unused) {
        Tested tested = of(comparison, running);
        if (tested != null && !tested.isField()) {
          tests.computeIfAbsent(tested.variable(), local -> new HashSet<>()).add(tested.test());
        }
        return super.visitBinary(comparison, null);
      }
    }.scan(host, null);
    return tests;
  }

  /** The test that {@code comparison}, code of class {@code running}, makes; null for another. */
  static @Nullable Tested of(BinaryTree comparison, Symbol running) {
    IntComparison kind = kindOf(comparison.getKind());
    if (kind == null) {
      return null;
    }
    Tested tested =
        tested(comparison.getLeftOperand(), comparison.getRightOperand(), kind, false, running);
    return tested != null
        ? tested
        : tested(comparison.getRightOperand(), comparison.getLeftOperand(), kind, true, running);
  }

  private static @Nullable Tested tested(
      ExpressionTree variable,
      ExpressionTree constant,
      IntComparison comparison,
      boolean constantOnLeft,
      Symbol running) {
    VarSymbol tested = variableOf(variable, running);
    if (tested == null) {
      return null;
    }
    if (CompilationUnitAnalysis.isIntegral(tested.type)) {
      Object value = ASTHelpers.constValue(constant);
      if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
        long number = ((Number) value).longValue();
        return new Tested(
            tested,
            comparison.flagTested(number, constantOnLeft),
            comparison.flagWhereHolds(constantOnLeft));
      }
      return null;
    }
    if (isEnum(tested.type)
        && (comparison == IntComparison.EQUAL || comparison == IntComparison.NOT_EQUAL)
        && ASTHelpers.getSymbol(constant) instanceof VarSymbol named
        && named.getKind() == ElementKind.ENUM_CONSTANT) {
      return new Tested(
          tested,
          ConstantTests.equalTo(named.getSimpleName().toString()),
          comparison == IntComparison.EQUAL);
    }
    return null;
  }

  /** A local or parameter, or a final field of the running object; else null. */
  private static @Nullable VarSymbol variableOf(ExpressionTree tree, Symbol running) {
    if (!(tree instanceof IdentifierTree) && !(tree instanceof MemberSelectTree)) {
      return null;
    }
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)) {
      return null;
    }
    switch (variable.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, BINDING_VARIABLE, RESOURCE_VARIABLE:
        return tree instanceof IdentifierTree ? variable : null;
      case FIELD:
        boolean onThis =
            tree instanceof IdentifierTree
                || (((MemberSelectTree) tree).getExpression() instanceof IdentifierTree receiver
                    && receiver.getName().contentEquals("this"));
        return onThis
                && variable.owner == running
                && ConstantTests.followsField(
                    variable.getModifiers().contains(Modifier.FINAL),
                    variable.getModifiers().contains(Modifier.STATIC))
            ? variable
            : null;
      default:
        return null;
    }
  }

  private static boolean isEnum(Type type) {
    return type.tsym != null && type.tsym.getKind() == ElementKind.ENUM;
  }

  static @Nullable IntComparison kindOf(Tree.Kind kind) {
    return switch (kind) {
      case EQUAL_TO -> IntComparison.EQUAL;
      case NOT_EQUAL_TO -> IntComparison.NOT_EQUAL;
      case LESS_THAN -> IntComparison.LESS;
      case LESS_THAN_EQUAL -> IntComparison.LESS_OR_EQUAL;
      case GREATER_THAN -> IntComparison.GREATER;
      case GREATER_THAN_EQUAL -> IntComparison.GREATER_OR_EQUAL;
      default -> null;
    };
  }
}
