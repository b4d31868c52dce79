package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.rules.NullableResults;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Whether a method returns the {@code null} literal on some path (policy {@code NullableResults}):
 * a {@code return null;}, or a {@code null} arm of a conditional or a switch expression that it
 * returns; or, as the screens before the graph must assume, a local variable of its own that it
 * sets to such a value somewhere ({@code limits = null; switch (tier) {..} return limits;}), which
 * the analysis of the method then confirms or not ({@link BodySummary#returnsOwnNull}). Returns of
 * lambdas and nested classes are theirs.
 */
final class NullReturns {

  // How many helpers deep a local set to another helper's result is followed.
  private static final int MAX_DEPTH = 3;

  private NullReturns() {}

  /**
   * Whether {@code call} runs a method of the unit that no subclass replaces and that returns null
   * on some path (policy {@link NullableResults}), as the screens before the graph see it.
   */
  static boolean ofCall(MethodInvocationTree call, ClassIndex index, JavacPolicy policy) {
    // The screens ask of values a field may be given: the belief counts as for a field store.
    return defaultsToNull(call, policy)
        || believedNullable(call, true, index, policy)
        || ofCall(call, index, policy, 0)
        || overrideReturnsNull(call, index, policy);
  }

  /**
   * Whether {@code call} runs a method that a subclass may override, and an override that a class
   * of the unit declares returns the null literal on some path (policy {@link
   * NullableResults#overrideMayBeNull}).
   */
  static boolean overrideReturnsNull(
      MethodInvocationTree call, ClassIndex index, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return JavacPolicy.isOverridable(method)
        && NullableResults.overrideMayBeNull(
            policy.isTracked(method.getReturnType()),
            () -> index.overriddenByNullReturns(policy).contains(method));
  }

  /**
   * Whether {@code call}, whose result goes into a tracked field where {@code storedInField}, looks
   * up a map's entry, which is null for a missing key (policy {@link NullableResults#missesEntry}),
   * as the screens before the graph see it: they take any such lookup for one that may miss.
   */
  static boolean missesEntry(MethodInvocationTree call, boolean storedInField, JavacPolicy policy) {
    return missesEntry(call, storedInField, policy, () -> false);
  }

  /**
   * Whether {@code value}, given to a tracked field, is a map's entry through parentheses and casts
   * (policy {@link NullableResults#missesEntry}), as the screens before the graph see it.
   */
  static boolean givesEntry(ExpressionTree value, JavacPolicy policy) {
    MethodInvocationTree call = callOf(value);
    return call != null && missesEntry(call, true, policy);
  }

  /** The call that {@code value} is, through parentheses and casts, or null. */
  static @Nullable MethodInvocationTree callOf(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof TypeCastTree cast) {
      return callOf(cast.getExpression());
    }
    return stripped instanceof MethodInvocationTree call ? call : null;
  }

  /** As {@link #missesEntry(MethodInvocationTree, boolean, JavacPolicy)}, for the flow analysis. */
  static boolean missesEntry(
      MethodInvocationTree call,
      boolean storedInField,
      JavacPolicy policy,
      BooleanSupplier keyAsked) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && storedInField
        && call.getMethodSelect() instanceof MemberSelectTree select
        && policy.isTracked(ASTHelpers.getType(call))
        && NullableResults.missesEntry(
            true,
            policy.isMap(ASTHelpers.getType(select.getExpression())),
            method.getSimpleName().toString(),
            method.getParameters().size(),
            keyAsked);
  }

  /**
   * Whether {@code call}, whose result goes into a tracked field where {@code storedInField}, runs
   * a method without parameters whose result some code of the unit compares with null (policy
   * {@link NullableResults#believedNullable}).
   */
  static boolean believedNullable(
      MethodInvocationTree call, boolean storedInField, ClassIndex index, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && policy.isTracked(ASTHelpers.getType(call))
        && NullableResults.believedNullable(
            storedInField,
            method.getParameters().size(),
            policy.isTracked(method.owner.type),
            index.resultTestedForNull(method));
  }

  /**
   * Whether {@code call} is made on the result of a call that may return null ({@code
   * scoreboardFor(mode).merge(..)}, {@link #ofCall}): a dereference of that result.
   */
  static boolean dereferencesMaybeNullResult(
      MethodInvocationTree call, ClassIndex index, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && !method.isStatic()
        && call.getMethodSelect() instanceof MemberSelectTree select
        && ASTHelpers.stripParentheses(select.getExpression()) instanceof MethodInvocationTree inner
        && ofCall(inner, index, policy);
  }

  /**
   * Whether {@code call} is a library call given {@code null} as the value it returns when it has
   * nothing of its own ({@code opt.orElse(null)}, {@code maps.getOrDefault(k, null)}; policy {@link
   * JavaSemantics#defaultParameter}), for a result of a tracked type.
   */
  static boolean defaultsToNull(MethodInvocationTree call, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null
        || !(method.owner instanceof ClassSymbol owner)
        || !policy.isTracked(ASTHelpers.getType(call))) {
      return false;
    }
    boolean receiverIsMap =
        call.getMethodSelect() instanceof MemberSelectTree member
            && policy.isTracked(ASTHelpers.getType(member.getExpression()));
    int index =
        JavaSemantics.defaultParameter(
            owner.flatName().toString(),
            method.getSimpleName().toString(),
            method.getParameters().size(),
            receiverIsMap);
    return index >= 0
        && index < call.getArguments().size()
        && ASTHelpers.stripParentheses(call.getArguments().get(index)).getKind()
            == Tree.Kind.NULL_LITERAL;
  }

  private static boolean ofCall(
      MethodInvocationTree call, ClassIndex index, JavacPolicy policy, int depth) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    Body body = method == null ? null : index.bodyOf(method);
    return body != null
        && depth <= MAX_DEPTH
        && body.tree() instanceof MethodTree tree
        && NullableResults.mayBeNull(
            !JavacPolicy.isOverridable(method),
            policy.isTracked(method.getReturnType()),
            () -> returnsNullLiteral(tree) || returnsLocalSetToNull(tree, index, policy, depth));
  }

  /**
   * Whether {@code call} runs a method of the unit that no subclass replaces and whose body returns
   * the null literal on some path (policy {@link NullableResults#mayBeNull}): what both engines see
   * of a value given to another object's field, outside any dataflow.
   */
  static boolean returnsNullLiteralOf(
      MethodInvocationTree call, ClassIndex index, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    Body body = method == null ? null : index.bodyOf(method);
    return body != null
        && body.tree() instanceof MethodTree tree
        && NullableResults.mayBeNull(
            !JavacPolicy.isOverridable(method),
            policy.isTracked(method.getReturnType()),
            () -> returnsNullLiteral(tree));
  }

  /** Whether {@code method} returns the null literal on some path. */
  static boolean returnsNullLiteral(MethodTree method) {
    return method.getBody() != null
        && ReturnStatements.any(
            method.getBody(),
            statement ->
                statement.getExpression() != null && mayBeNullLiteral(statement.getExpression()));
  }

  /**
   * Whether {@code method} returns one of its local variables that it sets somewhere to the null
   * literal or to the result of a call that may return null.
   */
  private static boolean returnsLocalSetToNull(
      MethodTree method, ClassIndex index, JavacPolicy policy, int depth) {
    if (method.getBody() == null) {
      return false;
    }
    Set<Symbol> returned = new LinkedHashSet<>();
    ReturnStatements.any(
        method.getBody(),
        statement -> {
          ExpressionTree value =
              statement.getExpression() == null
                  ? null
                  : ASTHelpers.stripParentheses(statement.getExpression());
          if (value instanceof IdentifierTree
              && ASTHelpers.getSymbol(value) instanceof VarSymbol local
              && local.getKind() == ElementKind.LOCAL_VARIABLE) {
            returned.add(local);
          }
          return false;
        });
    if (returned.isEmpty()) {
      return false;
    }
    Boolean setToNull =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitVariable(VariableTree variable, Void unused) {
            boolean here =
                returned.contains(ASTHelpers.getSymbol(variable))
                    && variable.getInitializer() != null
                    && mayBeNull(variable.getInitializer());
            return here || Boolean.TRUE.equals(super.visitVariable(variable, null));
          }

          @Override
          public Boolean visitAssignment(AssignmentTree assignment, Void unused) {
            boolean here =
                returned.contains(ASTHelpers.getSymbol(assignment.getVariable()))
                    && mayBeNull(assignment.getExpression());
            return here || Boolean.TRUE.equals(super.visitAssignment(assignment, null));
          }

          private boolean mayBeNull(ExpressionTree value) {
            ExpressionTree stripped = ASTHelpers.stripParentheses(value);
            return mayBeNullLiteral(stripped)
                || (stripped instanceof MethodInvocationTree call
                    && ofCall(call, index, policy, depth + 1));
          }

          @Override
          public Boolean visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
            return false;
          }

          @Override
          public Boolean visitClass(ClassTree nested, Void unused) {
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(method.getBody(), null);
    return Boolean.TRUE.equals(setToNull);
  }

  /** Whether {@code expression} is the null literal, or may evaluate to it through its arms. */
  private static boolean mayBeNullLiteral(ExpressionTree expression) {
    ExpressionTree value = ASTHelpers.stripParentheses(expression);
    if (value.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    if (value instanceof ConditionalExpressionTree conditional) {
      return mayBeNullLiteral(conditional.getTrueExpression())
          || mayBeNullLiteral(conditional.getFalseExpression());
    }
    if (value instanceof SwitchExpressionTree switchExpression) {
      for (CaseTree branch : switchExpression.getCases()) {
        if (branch.getBody() instanceof ExpressionTree arm && mayBeNullLiteral(arm)) {
          return true;
        }
        if (yieldsNull(branch)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean yieldsNull(CaseTree branch) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitYield(YieldTree node, Void unused) {
            return mayBeNullLiteral(node.getValue());
          }

          @Override
          public Boolean visitSwitchExpression(SwitchExpressionTree node, Void unused) {
            // Its yields are its own.
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(branch.getStatements() == null ? null : branch.getStatements(), null);
    return Boolean.TRUE.equals(found);
  }
}
