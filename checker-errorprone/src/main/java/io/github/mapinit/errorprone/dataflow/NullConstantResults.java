package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The int a method returns wherever a field of its object is null, as its first statement shows
 * (policy {@code ResultsWhenNull}), or the empty collection (policy {@code EmptyViews}): {@code
 * return map == null ? 0 : map.size();}, or {@code if (map == null) return 0;} (also {@code if (map
 * == null || map.isEmpty()) return 0;}) in a method that does not assign the field.
 */
final class NullConstantResults {

  /** {@code method} returns {@code constant} wherever {@code field} is null. */
  record ResultWhenNull(VarSymbol field, long constant) {}

  private NullConstantResults() {}

  static @Nullable ResultWhenNull of(MethodTree method, ClassSymbol owner) {
    NullSide side = nullSide(method, owner);
    return side != null && ASTHelpers.constValue(side.returned()) instanceof Integer constant
        ? new ResultWhenNull(side.field(), constant)
        : null;
  }

  /**
   * The field wherever which is null {@code method} returns an empty collection ({@code return map
   * == null ? Collections.emptyMap() : map;}; policy {@code EmptyViews}), as {@code makesEmpty}
   * judges the expression returned; null for another method.
   */
  static @Nullable VarSymbol fieldWhoseNullEmptiesResult(
      MethodTree method, ClassSymbol owner, Predicate<ExpressionTree> makesEmpty) {
    NullSide side = nullSide(method, owner);
    return side != null && makesEmpty.test(ASTHelpers.stripParentheses(side.returned()))
        ? side.field()
        : null;
  }

  /** What the method returns where the own field {@code field} is null. */
  private record NullSide(VarSymbol field, ExpressionTree returned) {}

  /**
   * The first statement's null side: {@code return f == null ? x : e;} (or {@code f != null ? e :
   * x}), or {@code if (f == null) return x;}, in a method that does not assign {@code f}.
   */
  private static @Nullable NullSide nullSide(MethodTree method, ClassSymbol owner) {
    List<? extends StatementTree> statements =
        method.getBody() == null ? List.of() : method.getBody().getStatements();
    if (statements.isEmpty()) {
      return null;
    }
    NullSide side = null;
    StatementTree first = statements.get(0);
    if (first instanceof ReturnTree returned
        && returned.getExpression() != null
        && ASTHelpers.stripParentheses(returned.getExpression())
            instanceof ConditionalExpressionTree choice) {
      side = fromChoice(choice, owner);
    } else if (first instanceof IfTree test && test.getElseStatement() == null) {
      VarSymbol field = fieldNullWhereHolds(test.getCondition(), owner);
      ExpressionTree returned = returnedAtOnce(test.getThenStatement());
      side = field == null || returned == null ? null : new NullSide(field, returned);
    }
    return side != null && !FieldAssignments.in(method, owner).onOwnObject().contains(side.field())
        ? side
        : null;
  }

  /** {@code f == null ? x : e} or {@code f != null ? e : x}. */
  private static @Nullable NullSide fromChoice(ConditionalExpressionTree choice, Symbol owner) {
    ExpressionTree condition = ASTHelpers.stripParentheses(choice.getCondition());
    if (!(condition instanceof BinaryTree comparison)) {
      return null;
    }
    VarSymbol field = comparedWithNull(comparison, owner);
    if (field == null) {
      return null;
    }
    ExpressionTree whenNull =
        comparison.getKind() == Tree.Kind.EQUAL_TO
            ? choice.getTrueExpression()
            : choice.getFalseExpression();
    return new NullSide(field, whenNull);
  }

  /** The own field that is null wherever {@code condition} holds: {@code f == null || ...}. */
  private static @Nullable VarSymbol fieldNullWhereHolds(ExpressionTree condition, Symbol owner) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    if (!(stripped instanceof BinaryTree binary)) {
      return null;
    }
    if (binary.getKind() == Tree.Kind.CONDITIONAL_OR) {
      return fieldNullWhereHolds(binary.getLeftOperand(), owner);
    }
    return binary.getKind() == Tree.Kind.EQUAL_TO ? comparedWithNull(binary, owner) : null;
  }

  /** The own field that {@code f == null} or {@code f != null} compares with null. */
  private static @Nullable VarSymbol comparedWithNull(BinaryTree comparison, Symbol owner) {
    if (comparison.getKind() != Tree.Kind.EQUAL_TO
        && comparison.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return null;
    }
    ExpressionTree left = ASTHelpers.stripParentheses(comparison.getLeftOperand());
    ExpressionTree right = ASTHelpers.stripParentheses(comparison.getRightOperand());
    ExpressionTree other =
        left.getKind() == Tree.Kind.NULL_LITERAL
            ? right
            : right.getKind() == Tree.Kind.NULL_LITERAL ? left : null;
    return other == null ? null : JavacFacts.ownInstanceField(other, owner);
  }

  /** The expression that {@code statement} returns at once: {@code return x;} or its block. */
  private static @Nullable ExpressionTree returnedAtOnce(StatementTree statement) {
    StatementTree only = statement;
    if (statement instanceof BlockTree block) {
      if (block.getStatements().size() != 1) {
        return null;
      }
      only = block.getStatements().get(0);
    }
    return only instanceof ReturnTree returned ? returned.getExpression() : null;
  }
}
