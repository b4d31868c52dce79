package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.Policy;
import javax.lang.model.element.Modifier;

/**
 * Policy {@code ConstantTests.membership}: whether a final field only ever holds a collection that
 * no code changes, so that {@code contains(constant)} on it gives the same answer each time. Every
 * value the class assigns it must be one that cannot change ({@code Set.copyOf(x)}, {@code
 * Collections.unmodifiableSet(EnumSet.copyOf(x))}, either side of a conditional); or, for a private
 * field, one made on the spot ({@code EnumSet.copyOf(x)}) that the file only ever queries ({@code
 * Policy.holdsUnchangingCollection}).
 */
final class UnmodifiableFields {

  private UnmodifiableFields() {}

  static boolean holdsOnlyUnmodifiable(VarSymbol field, ClassTree owner, Policy policy) {
    boolean[] assigned = {false};
    boolean[] other = {false};
    boolean[] notFresh = {false};
    boolean[] handledOtherwise = {false};
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
          return scan(assignment.getExpression(), null);
        }
        return super.visitAssignment(assignment, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select
            && ASTHelpers.getSymbol(select.getExpression()) == field
            && policy.isReadOnlyQuery(select.getIdentifier().toString())) {
          // A query on the field itself: the receiver is no use of its own.
          scan(call.getArguments(), null);
          return null;
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        handledOtherwise[0] |= ASTHelpers.getSymbol(identifier) == field;
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        handledOtherwise[0] |= ASTHelpers.getSymbol(select) == field;
        return super.visitMemberSelect(select, null);
      }

      private void note(ExpressionTree value) {
        assigned[0] = true;
        other[0] |= !isUnmodifiable(value, policy);
        notFresh[0] |= !isFresh(value, policy);
      }
    }.scan(owner, null);
    return assigned[0]
        && Policy.holdsUnchangingCollection(
            !other[0],
            // Private to a top-level class: only the file's code of its nest, scanned here.
            field.getModifiers().contains(Modifier.PRIVATE)
                && field.owner.owner instanceof Symbol.PackageSymbol,
            !notFresh[0],
            !handledOtherwise[0]);
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
    if (stripped instanceof ConditionalExpressionTree conditional) {
      return isFresh(conditional.getTrueExpression(), policy)
          && isFresh(conditional.getFalseExpression(), policy);
    }
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
