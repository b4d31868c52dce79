package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.mapinit.policy.rules.CallbackHelpers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The helpers of a compilation unit that run a function they are given at once (policy {@link
 * CallbackHelpers}): by method, the positions of the parameters they call in a statement of their
 * body that comes before any branch (directly, or at the start of a {@code try} or {@code
 * synchronized} block), each with the fields of the object that guards before that statement found
 * non-null ({@code if (sessions == null) return otherwise;}), none for a helper that calls the
 * function first.
 */
final class OwnCallbackHelpers {

  private OwnCallbackHelpers() {}

  static Map<MethodSymbol, Map<Integer, Set<Symbol>>> in(CompilationUnitTree unit) {
    Map<MethodSymbol, Map<Integer, Set<Symbol>>> helpers = new LinkedHashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        if (symbol != null && method.getBody() != null) {
          Map<Integer, Set<Symbol>> run = new LinkedHashMap<>();
          List<? extends VariableTree> parameters = method.getParameters();
          for (int i = 0; i < parameters.size(); i++) {
            Symbol parameter = ASTHelpers.getSymbol(parameters.get(i));
            Set<Symbol> guards = new LinkedHashSet<>();
            boolean calls =
                callsFirst(method.getBody().getStatements(), parameter, guards)
                    && guards.stream().allMatch(field -> field.owner == symbol.owner);
            boolean overridable = isOverridable(symbol);
            if (guards.isEmpty()
                ? CallbackHelpers.runsAtOnce(overridable, calls)
                : CallbackHelpers.runsAtOnceWhereGuarded(overridable, calls)) {
              run.put(i, Set.copyOf(guards));
            }
          }
          if (!run.isEmpty()) {
            helpers.put(symbol, run);
          }
        }
        return super.visitMethod(method, null);
      }
    }.scan(unit, null);
    return helpers;
  }

  private static boolean isOverridable(MethodSymbol method) {
    return !method.isStatic()
        && !method.getModifiers().contains(Modifier.PRIVATE)
        && !method.getModifiers().contains(Modifier.FINAL)
        && !method.owner.getModifiers().contains(Modifier.FINAL);
  }

  /**
   * Whether the statements call {@code parameter} before any statement that may branch, but for
   * guards that leave where a field of the object is null, right before the call, whose fields go
   * to {@code guards}.
   */
  private static boolean callsFirst(
      List<? extends StatementTree> statements, Symbol parameter, Set<Symbol> guards) {
    for (StatementTree statement : statements) {
      if (statement instanceof TryTree attempt) {
        return callsFirst(attempt.getBlock().getStatements(), parameter, guards);
      }
      if (statement instanceof SynchronizedTree guarded) {
        return callsFirst(guarded.getBlock().getStatements(), parameter, guards);
      }
      if (statement instanceof BlockTree block) {
        return callsFirst(block.getStatements(), parameter, guards);
      }
      Symbol guard = fieldGuardedBy(statement, parameter);
      if (guard != null) {
        guards.add(guard);
        continue;
      }
      Symbol choice = fieldChosenOn(statement, parameter);
      if (choice != null) {
        guards.add(choice);
        return true;
      }
      ExpressionTree expression = expressionOf(statement);
      if (expression == null) {
        return false;
      }
      if (callsParameter(expression, parameter)) {
        return true;
      }
      if (!guards.isEmpty()) {
        // Code between a guard and the call could drop the field the guard found.
        return false;
      }
      if (statement instanceof ReturnTree || containsBranch(expression)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The field of the object that {@code return field == null ? other : parameter.m(..);} tests, as
   * {@code if (field == null) return other; return parameter.m(..);} would; null for another
   * statement.
   */
  private static @Nullable Symbol fieldChosenOn(StatementTree statement, Symbol parameter) {
    if (!(statement instanceof ReturnTree result)
        || result.getExpression() == null
        || !(ASTHelpers.stripParentheses(result.getExpression())
            instanceof ConditionalExpressionTree choice)) {
      return null;
    }
    ExpressionTree other = choice.getTrueExpression();
    return callsParameter(ASTHelpers.stripParentheses(choice.getFalseExpression()), parameter)
            && !containsBranch(other)
            && NullConstructorArguments.references(other, parameter) == 0
        ? fieldTestedNull(choice.getCondition())
        : null;
  }

  /**
   * The field of the object that {@code if (field == null) return ..;} (or {@code throw}, with no
   * {@code else}) tests before anything else can happen; null for another statement, or one whose
   * leaving statement runs the function itself.
   */
  private static @Nullable Symbol fieldGuardedBy(StatementTree statement, Symbol parameter) {
    if (!(statement instanceof IfTree test) || test.getElseStatement() != null) {
      return null;
    }
    StatementTree leave = test.getThenStatement();
    if (leave instanceof BlockTree block && block.getStatements().size() == 1) {
      leave = block.getStatements().get(0);
    }
    ExpressionTree left = null;
    if (leave instanceof ReturnTree result) {
      left = result.getExpression();
    } else if (leave instanceof ThrowTree thrown) {
      left = thrown.getExpression();
    } else {
      return null;
    }
    if (left != null
        && (containsBranch(left) || NullConstructorArguments.references(left, parameter) > 0)) {
      return null;
    }
    return fieldTestedNull(test.getCondition());
  }

  /** The instance field of the running object that {@code field == null} tests, or null. */
  private static @Nullable Symbol fieldTestedNull(ExpressionTree test) {
    ExpressionTree condition = ASTHelpers.stripParentheses(test);
    if (!(condition instanceof BinaryTree comparison)
        || comparison.getKind() != Tree.Kind.EQUAL_TO) {
      return null;
    }
    ExpressionTree tested = NullTests.comparedWithNull(comparison);
    Symbol field = tested == null ? null : ASTHelpers.getSymbol(tested);
    boolean ofThis =
        tested instanceof IdentifierTree
            || (tested instanceof MemberSelectTree select
                && select.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("this"));
    return field != null && field.getKind() == ElementKind.FIELD && !field.isStatic() && ofThis
        ? field
        : null;
  }

  private static @Nullable ExpressionTree expressionOf(StatementTree statement) {
    if (statement instanceof ExpressionStatementTree expression) {
      return expression.getExpression();
    }
    if (statement instanceof VariableTree variable) {
      return variable.getInitializer();
    }
    if (statement instanceof ReturnTree result) {
      return result.getExpression();
    }
    return null;
  }

  /** {@code parameter.m(..)}, the expression itself or assigned. */
  private static boolean callsParameter(ExpressionTree expression, Symbol parameter) {
    ExpressionTree call =
        expression instanceof com.sun.source.tree.AssignmentTree assignment
            ? assignment.getExpression()
            : expression;
    return call instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree receiver
        && ASTHelpers.getSymbol(receiver) == parameter;
  }

  /** A conditional or a lambda, whose parts may not run. */
  private static boolean containsBranch(ExpressionTree expression) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitBinary(com.sun.source.tree.BinaryTree tree, Void unused) {
            return tree.getKind() == com.sun.source.tree.Tree.Kind.CONDITIONAL_AND
                || tree.getKind() == com.sun.source.tree.Tree.Kind.CONDITIONAL_OR
                || Boolean.TRUE.equals(super.visitBinary(tree, null));
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(expression, null);
    return Boolean.TRUE.equals(found);
  }
}
