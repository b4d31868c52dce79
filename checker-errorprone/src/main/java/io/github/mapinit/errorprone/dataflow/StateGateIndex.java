package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.TypeTag;
import io.github.mapinit.policy.rules.StateGates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, a protocol (policy {@link StateGates}): for each field of the unit, the state fields of
 * its object that are tested against a constant on every path to each assignment of a non-null
 * value, and which fields a method changes after construction. The tests a path must pass are read
 * from the enclosing statements: the branch of an {@code if} or a loop, a {@code case} of a {@code
 * switch} that no earlier case falls into, an earlier {@code if} of an enclosing block whose other
 * branch cannot complete normally, and an earlier call of a check of the class ({@link
 * StateCheckCalls}).
 */
final class StateGateIndex {

  private final Map<Symbol, List<Set<String>>> testsBeforeCreations = new LinkedHashMap<>();
  private final Set<Symbol> changedAfterConstruction = new LinkedHashSet<>();
  private final Predicate<Symbol> tracked;

  /** {@code tracked} tells the map fields whose creations are read; any field may be a state. */
  StateGateIndex(Predicate<Symbol> tracked) {
    this.tracked = tracked;
  }

  /** An assignment {@code variable = value} (or a compound one) at {@code path}. */
  void assigned(TreePath path, ExpressionTree variable, @Nullable ExpressionTree value) {
    Symbol field = ASTHelpers.getSymbol(variable);
    if (!(field instanceof VarSymbol) || field.getKind() != ElementKind.FIELD) {
      return;
    }
    Symbol ownerClass = enclosingClass(path);
    if (ownerClass != field.owner) {
      return;
    }
    if (!duringConstruction(path)) {
      changedAfterConstruction.add(field);
    }
    if (value != null
        && value.getKind() != Tree.Kind.NULL_LITERAL
        && !field.isStatic()
        && tracked.test(field)) {
      testsBeforeCreations
          .computeIfAbsent(field, f -> new ArrayList<>())
          .add(testsOnEveryPathTo(path, ownerClass));
    }
  }

  /** A field declared with an initialiser: a creation that no test precedes. */
  void declared(VariableTree declaration) {
    Symbol field = ASTHelpers.getSymbol(declaration);
    ExpressionTree initializer = declaration.getInitializer();
    if (field != null
        && initializer != null
        && initializer.getKind() != Tree.Kind.NULL_LITERAL
        && !field.isStatic()
        && tracked.test(field)) {
      testsBeforeCreations.computeIfAbsent(field, f -> new ArrayList<>()).add(Set.of());
    }
  }

  /** The state field that gates every creation of {@code field}, or the empty string. */
  String gateOf(VarSymbol field) {
    List<Set<String>> creations = testsBeforeCreations.get(field);
    if (creations == null) {
      return "";
    }
    Set<String> stateFields = new LinkedHashSet<>();
    for (Symbol changed : changedAfterConstruction) {
      if (changed.owner == field.owner && !changed.isStatic() && canBeState(changed)) {
        stateFields.add(changed.getSimpleName().toString());
      }
    }
    return StateGates.gate(creations, stateFields).orElse("");
  }

  /** An integral field narrower than {@code long}, or a reference: not a boolean, not a float. */
  private static boolean canBeState(Symbol field) {
    TypeTag tag = field.type.getTag();
    return tag == TypeTag.INT
        || tag == TypeTag.SHORT
        || tag == TypeTag.BYTE
        || tag == TypeTag.CHAR
        || !field.type.isPrimitive();
  }

  private static Set<String> testsOnEveryPathTo(TreePath path, Symbol ownerClass) {
    Set<String> tests = new LinkedHashSet<>();
    ClassTree ownerTree = PathConditions.enclosingClassTree(path);
    PathConditions.around(
        path,
        new PathConditions.Visitor() {
          @Override
          public void condition(ExpressionTree condition, boolean outcome) {
            tests.addAll(testedStates(condition, outcome, ownerClass, ownerTree));
          }

          @Override
          public void switched(ExpressionTree selector) {
            tests.addAll(switchedState(selector, ownerClass));
          }

          @Override
          public void earlier(StatementTree statement, ClassTree owner) {
            tests.addAll(StateCheckCalls.testedBy(statement, owner, ownerClass));
          }
        });
    return tests;
  }

  /**
   * The state fields that {@code condition} compares with a constant, where the branch taken when
   * it is {@code outcome} can only be reached through that comparison.
   */
  private static Set<String> testedStates(
      ExpressionTree condition, boolean outcome, Symbol ownerClass, @Nullable ClassTree ownerTree) {
    ExpressionTree test = ASTHelpers.stripParentheses(condition);
    switch (test.getKind()) {
      case LOGICAL_COMPLEMENT:
        return testedStates(((UnaryTree) test).getExpression(), !outcome, ownerClass, ownerTree);
      case METHOD_INVOCATION:
        {
          // isDraft(), whose answer is `phase == Phase.DRAFT`: a query tests what its answer does
          // (a comparison, so no query is followed twice).
          ExpressionTree answer =
              ownerTree == null
                  ? null
                  : StateCheckCalls.answerOfQuery(
                      (MethodInvocationTree) test, ownerTree, ownerClass);
          return answer == null ? Set.of() : testedStates(answer, outcome, ownerClass, ownerTree);
        }
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
        // Both operands were evaluated only where a && holds or a || fails.
        if (outcome != (test.getKind() == Tree.Kind.CONDITIONAL_AND)) {
          return Set.of();
        }
        Set<String> both = new LinkedHashSet<>();
        both.addAll(
            testedStates(((BinaryTree) test).getLeftOperand(), outcome, ownerClass, ownerTree));
        both.addAll(
            testedStates(((BinaryTree) test).getRightOperand(), outcome, ownerClass, ownerTree));
        return both;
      case INSTANCE_OF:
        {
          // `phase instanceof Connected`: the kind of state, as a sealed state machine tests it.
          VarSymbol state = stateOperand(((InstanceOfTree) test).getExpression(), ownerClass);
          return state == null || state.type.isPrimitive()
              ? Set.of()
              : Set.of(state.getSimpleName().toString());
        }
      case EQUAL_TO:
      case NOT_EQUAL_TO:
        BinaryTree comparison = (BinaryTree) test;
        VarSymbol left = stateOperand(comparison.getLeftOperand(), ownerClass);
        VarSymbol right = stateOperand(comparison.getRightOperand(), ownerClass);
        if (left != null && isConstantOf(comparison.getRightOperand(), left)) {
          return Set.of(left.getSimpleName().toString());
        }
        if (right != null && isConstantOf(comparison.getLeftOperand(), right)) {
          return Set.of(right.getSimpleName().toString());
        }
        return Set.of();
      default:
        return Set.of();
    }
  }

  /** A switch on an integral or enum state: a switch on a String tests its hash code. */
  private static Set<String> switchedState(ExpressionTree selector, Symbol ownerClass) {
    VarSymbol state = stateOperand(ASTHelpers.stripParentheses(selector), ownerClass);
    return state == null
            || !(state.type.isPrimitive() || state.type.tsym.getKind() == ElementKind.ENUM)
        ? Set.of()
        : Set.of(state.getSimpleName().toString());
  }

  /** {@code status} or {@code this.status}: an instance field of the running object's class. */
  static @Nullable VarSymbol stateOperand(ExpressionTree operand, Symbol ownerClass) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    return symbol instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            && field.owner == ownerClass
            && canBeState(field)
            && JavacFacts.isOnThis(stripped)
        ? field
        : null;
  }

  /** A compile-time constant for an integral state, a static field of its type for a reference. */
  static boolean isConstantOf(ExpressionTree operand, VarSymbol state) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
    if (state.type.isPrimitive()) {
      Object value = ASTHelpers.constValue(stripped);
      return value instanceof Number || value instanceof Character;
    }
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    // A compile-time constant (a String) is compared as a literal in the class file.
    return symbol instanceof VarSymbol constant
        && constant.getKind() != ElementKind.LOCAL_VARIABLE
        && constant.getConstValue() == null
        && constant.isStatic()
        && constant.type.tsym == state.type.tsym;
  }

  private static @Nullable Symbol enclosingClass(TreePath path) {
    ClassTree classTree = PathConditions.enclosingClassTree(path);
    return classTree == null ? null : ASTHelpers.getSymbol(classTree);
  }

  /** Whether the code at {@code path} runs while its object is constructed. */
  private static boolean duringConstruction(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (leaf instanceof LambdaExpressionTree) {
        return false;
      }
      if (leaf instanceof MethodTree method) {
        Symbol symbol = ASTHelpers.getSymbol(method);
        return symbol != null && ((Symbol.MethodSymbol) symbol).isConstructor();
      }
      if (leaf instanceof ClassTree) {
        // A field initialiser or an initialiser block.
        return true;
      }
    }
    return true;
  }
}
