package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.Policy;

/**
 * Policy {@code ConstantTests.membership}: whether a final field only ever holds a collection that
 * no code can change, so that {@code contains(constant)} on it gives the same answer each time.
 * Every value the class assigns it must be one ({@code Set.copyOf(x)}, {@code
 * Collections.unmodifiableSet(EnumSet.copyOf(x))}, either side of a conditional).
 */
final class UnmodifiableFields {

  private UnmodifiableFields() {}

  static boolean holdsOnlyUnmodifiable(VarSymbol field, ClassTree owner, Policy policy) {
    boolean[] assigned = {false};
    boolean[] other = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        if (ASTHelpers.getSymbol(variable) == field && variable.getInitializer() != null) {
          note(variable.getInitializer());
        }
        return super.visitVariable(variable, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree assignment, Void unused) {
        if (ASTHelpers.getSymbol(assignment.getVariable()) == field) {
          note(assignment.getExpression());
        }
        return super.visitAssignment(assignment, null);
      }

      private void note(ExpressionTree value) {
        assigned[0] = true;
        other[0] |= !isUnmodifiable(value, policy);
      }
    }.scan(owner, null);
    return assigned[0] && !other[0];
  }

  private static boolean isUnmodifiable(ExpressionTree value, Policy policy) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof ConditionalExpressionTree conditional) {
      return isUnmodifiable(conditional.getTrueExpression(), policy)
          && isUnmodifiable(conditional.getFalseExpression(), policy);
    }
    MethodSymbol method =
        stripped instanceof MethodInvocationTree invocation
            ? ASTHelpers.getSymbol(invocation)
            : null;
    if (method == null) {
      return false;
    }
    MethodInvocationTree call = (MethodInvocationTree) stripped;
    boolean wrapsFresh =
        call.getArguments().size() == 1 && isFresh(call.getArguments().get(0), policy);
    return policy.returnsUnmodifiable(ownerName(method), name(method), wrapsFresh);
  }

  private static boolean isFresh(ExpressionTree value, Policy policy) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    MethodSymbol made = null;
    if (stripped instanceof NewClassTree creation && creation.getClassBody() == null) {
      made = ASTHelpers.getSymbol(creation);
    } else if (stripped instanceof MethodInvocationTree call) {
      made = ASTHelpers.getSymbol(call);
    }
    return made != null && policy.returnsFresh(ownerName(made), name(made));
  }

  private static String ownerName(MethodSymbol method) {
    return method.owner.getQualifiedName().toString();
  }

  private static String name(MethodSymbol method) {
    return method.isConstructor() ? JavaSemantics.CONSTRUCTOR : method.getSimpleName().toString();
  }
}
