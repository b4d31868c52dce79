package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.StateGates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Policy {@link StateGates#callTests}: a statement that calls a check of the class on the running
 * object ({@code requirePhase(Phase.LOBBY);}) tests the state fields the check compares with a
 * constant or with one of its parameters, as an {@code if} that throws would; and a condition that
 * asks a query of the class ({@code if (!isDraft())}) tests what the query's answer tests.
 */
final class StateCheckCalls {

  private StateCheckCalls() {}

  /** The state fields that {@code statement}, code of {@code owner}, tests by calling a check. */
  static Set<String> testedBy(StatementTree statement, ClassTree owner, Symbol ownerClass) {
    if (!(statement instanceof ExpressionStatementTree expression)
        || !(expression.getExpression() instanceof MethodInvocationTree call)
        || !JavacFacts.isOnThis(call.getMethodSelect())) {
      return Set.of();
    }
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null || callee.owner != ownerClass) {
      return Set.of();
    }
    for (Tree member : owner.getMembers()) {
      if (member instanceof MethodTree method
          && ASTHelpers.getSymbol(method) == callee
          && method.getBody() != null) {
        return testedIn(method, callee, ownerClass);
      }
    }
    return Set.of();
  }

  /**
   * Policy {@link StateGates#queryTests}: for a call in a condition of a query of the class on the
   * running object ({@code isDraft()}), the expression its single {@code return} answers with, or
   * null.
   */
  static @Nullable ExpressionTree answerOfQuery(
      MethodInvocationTree call, ClassTree owner, Symbol ownerClass) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    if (callee == null
        || callee.owner != ownerClass
        || callee.isStatic()
        || !JavacFacts.isOnThis(call.getMethodSelect())) {
      return null;
    }
    for (Tree member : owner.getMembers()) {
      if (member instanceof MethodTree method
          && ASTHelpers.getSymbol(method) == callee
          && method.getBody() != null) {
        List<? extends StatementTree> statements = method.getBody().getStatements();
        ExpressionTree answer =
            statements.size() == 1 && statements.get(0) instanceof ReturnTree only
                ? only.getExpression()
                : null;
        boolean oneTest =
            answer != null
                && ASTHelpers.stripParentheses(answer) instanceof BinaryTree comparison
                && (comparison.getKind() == Tree.Kind.EQUAL_TO
                    || comparison.getKind() == Tree.Kind.NOT_EQUAL_TO);
        return StateGates.queryTests(
                JavacPolicy.isOverridable(callee),
                callee.getReturnType().getKind() == TypeKind.BOOLEAN,
                callee.getParameters().size(),
                oneTest)
            ? answer
            : null;
      }
    }
    return null;
  }

  private static Set<String> testedIn(MethodTree method, MethodSymbol callee, Symbol ownerClass) {
    Set<String> compared = new LinkedHashSet<>();
    boolean[] throwsSomewhere = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree comparison, Void unused) {
        if (comparison.getKind() == Tree.Kind.EQUAL_TO
            || comparison.getKind() == Tree.Kind.NOT_EQUAL_TO) {
          note(comparison.getLeftOperand(), comparison.getRightOperand());
          note(comparison.getRightOperand(), comparison.getLeftOperand());
        }
        return super.visitBinary(comparison, null);
      }

      private void note(ExpressionTree operand, ExpressionTree other) {
        VarSymbol state = StateGateIndex.stateOperand(operand, ownerClass);
        if (state != null
            && (StateGateIndex.isConstantOf(other, state) || isParameterOrLocal(other))) {
          compared.add(state.getSimpleName().toString());
        }
      }

      @Override
      public Void visitThrow(ThrowTree statement, Void unused) {
        throwsSomewhere[0] = true;
        return super.visitThrow(statement, null);
      }

      @Override
      public Void visitClass(ClassTree nested, Void unused) {
        return null;
      }
    }.scan(method.getBody(), null);
    boolean checks =
        StateGates.callTests(
            JavacPolicy.isOverridable(callee),
            callee.getReturnType().getKind() == TypeKind.VOID,
            throwsSomewhere[0],
            !compared.isEmpty());
    return checks ? compared : Set.of();
  }

  /** A parameter of the check, or a local such as the variable of a loop over one. */
  private static boolean isParameterOrLocal(ExpressionTree operand) {
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(operand));
    return symbol instanceof VarSymbol variable
        && (variable.getKind() == ElementKind.PARAMETER
            || variable.getKind() == ElementKind.LOCAL_VARIABLE);
  }
}
