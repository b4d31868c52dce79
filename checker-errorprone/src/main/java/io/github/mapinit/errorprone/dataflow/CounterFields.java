package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.Counters;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The counters of a class (policy {@link Counters}): its private int or long instance fields that
 * its code only sets to 0 and increases, read from the class's tree, nested classes included.
 */
final class CounterFields {

  private CounterFields() {}

  /** The counters of the class: its private int or long fields that only grow from 0. */
  static Set<VarSymbol> in(ClassTree tree, Symbol owner) {
    return of(tree, owner).counters();
  }

  /**
   * The counters of a class, and those of them that are never 0 once the object is constructed
   * (policy {@link Counters#neverZero}), whose reads give positive values.
   */
  static Counters.Found<VarSymbol> of(ClassTree tree, Symbol owner) {
    return Counters.classified(neverZero -> classify(tree, owner, neverZero));
  }

  private static Counters.Found<VarSymbol> classify(
      ClassTree tree, Symbol owner, Set<VarSymbol> neverZero) {
    Set<VarSymbol> candidates = new LinkedHashSet<>();
    Set<VarSymbol> positiveInitialiser = new LinkedHashSet<>();
    Set<VarSymbol> explicitZero = new LinkedHashSet<>();
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree variable
          && isPrivateIntField(ASTHelpers.getSymbol(variable), owner)) {
        VarSymbol field = ASTHelpers.getSymbol(variable);
        Counters.Assignment initial =
            variable.getInitializer() == null
                ? Counters.Assignment.RESET
                : assignment(variable.getInitializer(), field, neverZero::contains);
        if (initial != Counters.Assignment.OTHER) {
          candidates.add(field);
        }
        if (initial == Counters.Assignment.POSITIVE) {
          positiveInitialiser.add(field);
        }
        if (variable.getInitializer() != null && initial == Counters.Assignment.RESET) {
          // `= 0` runs in every constructor, as an assignment does.
          explicitZero.add(field);
        }
      }
    }
    if (candidates.isEmpty()) {
      return new Counters.Found<>(candidates, Set.of(), Set.of());
    }
    Set<VarSymbol> disqualified = new LinkedHashSet<>();
    Set<VarSymbol> decreased = new LinkedHashSet<>();
    Set<VarSymbol> reset = new LinkedHashSet<>(explicitZero);
    Set<VarSymbol> counted = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        check(
            node.getVariable(),
            assignment(node.getExpression(), targetOf(node.getVariable()), neverZero::contains),
            ASTHelpers.constValue(node.getExpression()) != null);
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        check(node.getVariable(), byCompound(node), false);
        return super.visitCompoundAssignment(node, null);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        switch (node.getKind()) {
          case POSTFIX_INCREMENT, PREFIX_INCREMENT ->
              check(node.getExpression(), Counters.Assignment.INCREASE, false);
          case POSTFIX_DECREMENT, PREFIX_DECREMENT ->
              check(node.getExpression(), Counters.Assignment.DECREASE, false);
          default -> {}
        }
        return super.visitUnary(node, null);
      }

      private void check(ExpressionTree target, Counters.Assignment how, boolean constant) {
        if (ASTHelpers.getSymbol(target) instanceof VarSymbol field && candidates.contains(field)) {
          if (!constant) {
            counted.add(field);
          }
          if (how == Counters.Assignment.OTHER) {
            disqualified.add(field);
          } else if (how == Counters.Assignment.RESET) {
            reset.add(field);
          } else if (how == Counters.Assignment.DECREASE) {
            decreased.add(field);
          }
        }
      }
    }.scan(tree, null);
    candidates.removeAll(disqualified);
    candidates.removeIf(field -> !Counters.counts(!counted.contains(field)));
    Set<VarSymbol> never = new LinkedHashSet<>();
    for (VarSymbol counter : candidates) {
      if (Counters.neverZero(
          positiveInitialiser.contains(counter) || positiveInEveryConstructor(tree, counter),
          reset.contains(counter),
          decreased.contains(counter))) {
        never.add(counter);
      }
    }
    decreased.retainAll(candidates);
    return new Counters.Found<>(candidates, never, decreased);
  }

  /**
   * Whether every constructor of the class that does not delegate to another assigns {@code field}
   * a positive constant somewhere in its body.
   */
  private static boolean positiveInEveryConstructor(ClassTree tree, VarSymbol field) {
    boolean any = false;
    for (Tree member : tree.getMembers()) {
      if (member instanceof MethodTree method
          && ASTHelpers.getSymbol(method).isConstructor()
          && !CompilationUnitAnalysis.delegatesToThis(method)) {
        any = true;
        boolean[] assigned = {false};
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitAssignment(AssignmentTree node, Void unused) {
            Long constant =
                CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(node.getExpression()));
            if (ASTHelpers.getSymbol(node.getVariable()) == field
                && constant != null
                && constant > 0) {
              assigned[0] = true;
            }
            return super.visitAssignment(node, null);
          }
        }.scan(method.getBody(), null);
        if (!assigned[0]) {
          return false;
        }
      }
    }
    return any;
  }

  private static boolean isPrivateIntField(VarSymbol field, Symbol owner) {
    return field.owner == owner
        && field.getModifiers().contains(Modifier.PRIVATE)
        && !field.isStatic()
        && CompilationUnitAnalysis.isWholeNumber(field.type);
  }

  /**
   * How the assignment {@code tree} (as the dataflow's node holds it) changes the counter, where
   * {@code neverZero} tells the counters that are never 0.
   */
  static Counters.Assignment assignmentBy(
      @Nullable Tree tree, VarSymbol field, Predicate<VarSymbol> neverZero) {
    if (tree instanceof UnaryTree unary) {
      return switch (unary.getKind()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> Counters.Assignment.INCREASE;
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> Counters.Assignment.DECREASE;
        default -> Counters.Assignment.OTHER;
      };
    }
    if (tree instanceof CompoundAssignmentTree compound) {
      return byCompound(compound);
    }
    if (tree instanceof AssignmentTree assignment) {
      return assignment(assignment.getExpression(), field, neverZero);
    }
    if (tree instanceof VariableTree variable && variable.getInitializer() != null) {
      return assignment(variable.getInitializer(), field, neverZero);
    }
    return Counters.Assignment.OTHER;
  }

  /** {@code count += c} or {@code count -= c}: an increase or a decrease by a constant. */
  private static Counters.Assignment byCompound(CompoundAssignmentTree compound) {
    Long added = addedBy(compound, null);
    return added == null ? Counters.Assignment.OTHER : Counters.byAdding(added);
  }

  private static @Nullable VarSymbol targetOf(ExpressionTree target) {
    return ASTHelpers.getSymbol(target) instanceof VarSymbol field ? field : null;
  }

  /**
   * How {@code value}, assigned to {@code field}, changes it as a counter: a constant, an increase,
   * or a read of a counter that {@code neverZero} says is never 0 ({@code nextTx}, {@code
   * nextTx++}, {@code ++nextTx}), which is positive.
   */
  static Counters.Assignment assignment(
      ExpressionTree value, @Nullable VarSymbol field, Predicate<VarSymbol> neverZero) {
    Long constant = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(value));
    if (constant != null) {
      return Counters.byAssigning(constant);
    }
    ExpressionTree read = ASTHelpers.stripParentheses(value);
    if (read instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && ASTHelpers.getSymbol(call) != null
        && ASTHelpers.getSymbol(call).getSimpleName().contentEquals("size")
        && call.getMethodSelect() instanceof MemberSelectTree) {
      return Counters.Assignment.SIZE;
    }
    if (read instanceof UnaryTree increment
        && (increment.getKind() == Tree.Kind.POSTFIX_INCREMENT
            || increment.getKind() == Tree.Kind.PREFIX_INCREMENT)) {
      read = increment.getExpression();
    }
    if ((read instanceof IdentifierTree || read instanceof MemberSelectTree)
        && JavacFacts.isOnThis(read)
        && ASTHelpers.getSymbol(read) instanceof VarSymbol counter
        && counter != field
        && neverZero.test(counter)) {
      return Counters.Assignment.POSITIVE;
    }
    Long added = field == null ? null : addedTo(value, field);
    return added != null ? Counters.byAdding(added) : Counters.Assignment.OTHER;
  }

  /**
   * The constant that the assignment {@code tree} (as the dataflow's node holds it) adds to {@code
   * field}: 1 for {@code size++}, -1 for {@code --size}, c for {@code count += c} or {@code count =
   * count + c}, -c for {@code count -= c} or {@code count = count - c}; null for another
   * assignment.
   */
  static @Nullable Long addedBy(@Nullable Tree tree, @Nullable VarSymbol field) {
    if (tree instanceof UnaryTree unary) {
      return switch (unary.getKind()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> 1L;
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> -1L;
        default -> null;
      };
    }
    if (tree instanceof CompoundAssignmentTree compound) {
      Long operand =
          CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(compound.getExpression()));
      return operand == null
          ? null
          : switch (compound.getKind()) {
            case PLUS_ASSIGNMENT -> operand;
            case MINUS_ASSIGNMENT -> -operand;
            default -> null;
          };
    }
    return tree instanceof AssignmentTree assignment && field != null
        ? addedTo(assignment.getExpression(), field)
        : null;
  }

  /**
   * The constant that {@code value} adds to {@code field}: {@code field + c}, {@code field - c}.
   */
  private static @Nullable Long addedTo(ExpressionTree value, VarSymbol field) {
    if (!(ASTHelpers.stripParentheses(value) instanceof BinaryTree operation)) {
      return null;
    }
    if (operation.getKind() == Tree.Kind.PLUS) {
      return CompilationUnitAnalysis.wholeNumber(
          ASTHelpers.getSymbol(operation.getLeftOperand()) == field
              ? ASTHelpers.constValue(operation.getRightOperand())
              : ASTHelpers.getSymbol(operation.getRightOperand()) == field
                  ? ASTHelpers.constValue(operation.getLeftOperand())
                  : null);
    }
    Long subtracted =
        operation.getKind() == Tree.Kind.MINUS
                && ASTHelpers.getSymbol(operation.getLeftOperand()) == field
            ? CompilationUnitAnalysis.wholeNumber(
                ASTHelpers.constValue(operation.getRightOperand()))
            : null;
    return subtracted == null ? null : -subtracted;
  }
}
