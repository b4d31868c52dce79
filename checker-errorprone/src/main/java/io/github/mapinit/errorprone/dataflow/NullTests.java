package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.facts.NullTest;
import io.github.mapinit.policy.facts.OwnFieldTest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Spec 3, guards: a call whose boolean result tells whether one of its arguments is null. Besides
 * the library methods the policy names ({@code Objects.nonNull}, {@code MapUtils.isEmpty}), a
 * helper of the analysed class that returns such a test of its parameter ({@code return m == null
 * || m.isEmpty();}) is one: where its result is tested, the argument is not null on one branch.
 */
final class NullTests {

  private NullTests() {}

  /**
   * The operand that {@code comparison} compares with {@code null} ({@code m == null}, {@code null
   * != m}), or null where it is no such comparison.
   */
  static @Nullable ExpressionTree comparedWithNull(BinaryTree comparison) {
    if (comparison.getKind() != Tree.Kind.EQUAL_TO
        && comparison.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return null;
    }
    return comparison.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL
        ? comparison.getLeftOperand()
        : comparison.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL
            ? comparison.getRightOperand()
            : null;
  }

  /**
   * What a helper's body says: which parameter its result tests for null. A single {@code return}
   * tests it directly or through a call of another helper, whose test {@code callees} tells ({@code
   * return !isEmpty(m);}); with several ({@code if (m == null) return true; return m.isEmpty();}),
   * at every return either the value returned is the other constant, or it or the tests on the way
   * there show the parameter non-null.
   */
  static Optional<NullTest> ofHelper(
      Body helper, Function<MethodSymbol, Optional<NullTest>> callees) {
    if (!(helper.tree() instanceof MethodTree method) || method.getBody() == null) {
      return Optional.empty();
    }
    Optional<ExpressionTree> single = singleReturn(method);
    if (single.isPresent()) {
      return ofReturned(method, single.get(), callees);
    }
    List<ReturnTree> returns = new ArrayList<>();
    ReturnStatements.any(
        method.getBody(),
        statement -> {
          returns.add(statement);
          return false;
        });
    if (returns.isEmpty()) {
      return Optional.empty();
    }
    List<? extends VariableTree> parameters = method.getParameters();
    for (int index = 0; index < parameters.size(); index++) {
      Symbol parameter = ASTHelpers.getSymbol(parameters.get(index));
      for (boolean value : new boolean[] {true, false}) {
        boolean everyReturn = parameter != null;
        for (ReturnTree statement : returns) {
          everyReturn &= vouchesAt(helper, statement, parameter, value, callees);
        }
        if (everyReturn) {
          return Optional.of(new NullTest(index, value));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether, where {@code statement} returns {@code value}, {@code parameter} is not null. */
  private static boolean vouchesAt(
      Body helper,
      ReturnTree statement,
      Symbol parameter,
      boolean value,
      Function<MethodSymbol, Optional<NullTest>> callees) {
    ExpressionTree returned =
        statement.getExpression() == null
            ? null
            : ASTHelpers.stripParentheses(statement.getExpression());
    if (returned == null) {
      return false;
    }
    if (returned instanceof LiteralTree literal && literal.getValue() instanceof Boolean constant) {
      if (constant != value) {
        return true;
      }
    } else if (impliesNonNull(returned, parameter, value, callees)) {
      return true;
    }
    TreePath path = TreePath.getPath(helper.path(), statement);
    if (path == null) {
      return false;
    }
    boolean[] tested = {false};
    PathConditions.around(
        path,
        (condition, outcome) ->
            tested[0] |= impliesNonNull(condition, parameter, outcome, callees));
    return tested[0];
  }

  private static Optional<NullTest> ofReturned(
      MethodTree helper,
      ExpressionTree returnedValue,
      Function<MethodSymbol, Optional<NullTest>> callees) {
    Optional<ExpressionTree> returned = Optional.of(returnedValue);
    List<? extends VariableTree> parameters = helper.getParameters();
    for (int index = 0; index < parameters.size(); index++) {
      Symbol parameter = ASTHelpers.getSymbol(parameters.get(index));
      for (boolean value : new boolean[] {true, false}) {
        if (parameter != null && impliesNonNull(returned.get(), parameter, value, callees)) {
          return Optional.of(new NullTest(index, value));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What a helper's body says of the running object's fields: which of {@code fields} its single
   * {@code return} tests for null ({@code return listeners != null && !listeners.isEmpty();}).
   */
  static Optional<OwnFieldTest> ofFieldHelper(
      MethodTree helper, Collection<? extends Symbol> fields) {
    Optional<ExpressionTree> returned = singleReturn(helper);
    if (returned.isEmpty()) {
      return Optional.empty();
    }
    for (Symbol field : fields) {
      for (boolean value : new boolean[] {true, false}) {
        if (impliesNonNull(returned.get(), field, value, callee -> Optional.empty())) {
          return Optional.of(new OwnFieldTest(field.getSimpleName().toString(), value));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The field of the running object, among {@code fields}, that a body of one {@code return f ==
   * null;} (or {@code != null}) compares with null, and the result where it is not null: the result
   * then says exactly whether the field is null, both ways. Empty for any other body.
   */
  static Optional<VarSymbol> exactlyTested(MethodTree helper, Collection<VarSymbol> fields) {
    return singleReturn(helper).flatMap(returned -> fieldComparedWithNull(returned, fields));
  }

  /** The field of {@code fields}, on this, that {@code f == null} or {@code f != null} compares. */
  static Optional<VarSymbol> fieldComparedWithNull(
      ExpressionTree expression, Collection<VarSymbol> fields) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
    if (stripped.getKind() != Tree.Kind.EQUAL_TO && stripped.getKind() != Tree.Kind.NOT_EQUAL_TO) {
      return Optional.empty();
    }
    BinaryTree comparison = (BinaryTree) stripped;
    ExpressionTree left = ASTHelpers.stripParentheses(comparison.getLeftOperand());
    ExpressionTree operand =
        left.getKind() == Tree.Kind.NULL_LITERAL
            ? ASTHelpers.stripParentheses(comparison.getRightOperand())
            : left;
    return fields.stream()
        .filter(field -> comparesWithNull(comparison, field) && JavacFacts.isOnThis(operand))
        .findFirst();
  }

  /**
   * Whether the result of a body that {@link #exactlyTested} reads is true where the field is not
   * null ({@code return f != null;}).
   */
  static boolean trueWhereNonNull(MethodTree helper) {
    return singleReturn(helper)
        .map(ASTHelpers::stripParentheses)
        .map(returned -> returned.getKind() == Tree.Kind.NOT_EQUAL_TO)
        .orElse(false);
  }

  /** The instance field of the running object that a body of one {@code return f;} returns. */
  static @Nullable VarSymbol returnedOwnField(MethodTree accessor) {
    Optional<ExpressionTree> returned = singleReturn(accessor);
    if (returned.isEmpty()) {
      return null;
    }
    ExpressionTree expression = ASTHelpers.stripParentheses(returned.get());
    Symbol symbol = ASTHelpers.getSymbol(expression);
    return symbol instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            && JavacFacts.isOnThis(expression)
        ? field
        : null;
  }

  /** The constant a body of one {@code return true;} or {@code return false;} returns, or null. */
  static @Nullable Boolean returnedConstant(MethodTree helper) {
    return singleReturn(helper)
        .map(returned -> ASTHelpers.constValue(returned) instanceof Boolean answer ? answer : null)
        .orElse(null);
  }

  /** The expression a body of one {@code return} statement returns. */
  static Optional<ExpressionTree> singleReturn(MethodTree helper) {
    BlockTree body = helper.getBody();
    if (body == null
        || body.getStatements().size() != 1
        || !(body.getStatements().get(0) instanceof ReturnTree returned)
        || returned.getExpression() == null) {
      return Optional.empty();
    }
    return Optional.of(returned.getExpression());
  }

  /** Whether {@code condition} evaluating to {@code value} means {@code parameter} is not null. */
  private static boolean impliesNonNull(
      ExpressionTree condition,
      Symbol parameter,
      boolean value,
      Function<MethodSymbol, Optional<NullTest>> callees) {
    ExpressionTree expression = ASTHelpers.stripParentheses(condition);
    switch (expression.getKind()) {
      case LOGICAL_COMPLEMENT:
        return impliesNonNull(((UnaryTree) expression).getExpression(), parameter, !value, callees);
      case CONDITIONAL_OR:
        {
          // a || b is false only when both are; true when either is.
          BinaryTree or = (BinaryTree) expression;
          return value
              ? impliesNonNull(or.getLeftOperand(), parameter, true, callees)
                  && impliesNonNull(or.getRightOperand(), parameter, true, callees)
              : impliesNonNull(or.getLeftOperand(), parameter, false, callees)
                  || impliesNonNull(or.getRightOperand(), parameter, false, callees);
        }
      case CONDITIONAL_AND:
        {
          // a && b is true only when both are; false when either is.
          BinaryTree and = (BinaryTree) expression;
          return value
              ? impliesNonNull(and.getLeftOperand(), parameter, true, callees)
                  || impliesNonNull(and.getRightOperand(), parameter, true, callees)
              : impliesNonNull(and.getLeftOperand(), parameter, false, callees)
                  && impliesNonNull(and.getRightOperand(), parameter, false, callees);
        }
      case EQUAL_TO:
        return !value && comparesWithNull((BinaryTree) expression, parameter);
      case NOT_EQUAL_TO:
        return value && comparesWithNull((BinaryTree) expression, parameter);
      case INSTANCE_OF:
        return value && names(((InstanceOfTree) expression).getExpression(), parameter);
      case METHOD_INVOCATION:
        {
          MethodInvocationTree call = (MethodInvocationTree) expression;
          MethodSymbol callee = ASTHelpers.getSymbol(call);
          Optional<NullTest> test = callee == null ? Optional.empty() : callees.apply(callee);
          return test.isPresent()
              && test.get().nonNullWhen() == value
              && test.get().argument() < call.getArguments().size()
              && names(call.getArguments().get(test.get().argument()), parameter);
        }
      default:
        return false;
    }
  }

  private static boolean comparesWithNull(BinaryTree comparison, Symbol parameter) {
    ExpressionTree left = ASTHelpers.stripParentheses(comparison.getLeftOperand());
    ExpressionTree right = ASTHelpers.stripParentheses(comparison.getRightOperand());
    return (left.getKind() == Tree.Kind.NULL_LITERAL && names(right, parameter))
        || (right.getKind() == Tree.Kind.NULL_LITERAL && names(left, parameter));
  }

  private static boolean names(ExpressionTree expression, Symbol parameter) {
    return parameter.equals(ASTHelpers.getSymbol(ASTHelpers.stripParentheses(expression)));
  }
}
