package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.Counters;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The counters of a class (policy {@link Counters}): its private int or long instance fields that
 * its code only sets to 0 and increases, read from the class's tree, nested classes included.
 */
final class CounterFields {

  private CounterFields() {}

  static Set<VarSymbol> in(ClassTree tree, Symbol owner) {
    Set<VarSymbol> candidates = new LinkedHashSet<>();
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree variable
          && isPrivateIntField(ASTHelpers.getSymbol(variable), owner)
          && (variable.getInitializer() == null
              || assignment(variable.getInitializer(), ASTHelpers.getSymbol(variable))
                  == Counters.Assignment.RESET)) {
        candidates.add(ASTHelpers.getSymbol(variable));
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<VarSymbol> disqualified = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        check(node.getVariable(), assignment(node.getExpression(), targetOf(node.getVariable())));
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        check(node.getVariable(), byCompound(node));
        return super.visitCompoundAssignment(node, null);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        switch (node.getKind()) {
          case POSTFIX_INCREMENT, PREFIX_INCREMENT ->
              check(node.getExpression(), Counters.Assignment.INCREASE);
          case POSTFIX_DECREMENT, PREFIX_DECREMENT ->
              check(node.getExpression(), Counters.Assignment.OTHER);
          default -> {}
        }
        return super.visitUnary(node, null);
      }

      private void check(ExpressionTree target, Counters.Assignment how) {
        if (how == Counters.Assignment.OTHER
            && ASTHelpers.getSymbol(target) instanceof VarSymbol field
            && candidates.contains(field)) {
          disqualified.add(field);
        }
      }
    }.scan(tree, null);
    candidates.removeAll(disqualified);
    return candidates;
  }

  private static boolean isPrivateIntField(VarSymbol field, Symbol owner) {
    return field.owner == owner
        && field.getModifiers().contains(Modifier.PRIVATE)
        && !field.isStatic()
        && CompilationUnitAnalysis.isWholeNumber(field.type);
  }

  /** How the assignment {@code tree} (as the dataflow's node holds it) changes the counter. */
  static Counters.Assignment assignmentBy(@Nullable Tree tree, VarSymbol field) {
    if (tree instanceof UnaryTree unary) {
      return unary.getKind() == Tree.Kind.POSTFIX_INCREMENT
              || unary.getKind() == Tree.Kind.PREFIX_INCREMENT
          ? Counters.Assignment.INCREASE
          : Counters.Assignment.OTHER;
    }
    if (tree instanceof CompoundAssignmentTree compound) {
      return byCompound(compound);
    }
    if (tree instanceof AssignmentTree assignment) {
      return assignment(assignment.getExpression(), field);
    }
    if (tree instanceof VariableTree variable && variable.getInitializer() != null) {
      return assignment(variable.getInitializer(), field);
    }
    return Counters.Assignment.OTHER;
  }

  /** {@code count += c}: an increase when c is a positive constant. */
  private static Counters.Assignment byCompound(CompoundAssignmentTree compound) {
    Long added =
        CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(compound.getExpression()));
    return compound.getKind() == Tree.Kind.PLUS_ASSIGNMENT && added != null
        ? Counters.byAdding(added)
        : Counters.Assignment.OTHER;
  }

  private static @Nullable VarSymbol targetOf(ExpressionTree target) {
    return ASTHelpers.getSymbol(target) instanceof VarSymbol field ? field : null;
  }

  /** How {@code value}, assigned to {@code field}, changes it as a counter. */
  static Counters.Assignment assignment(ExpressionTree value, @Nullable VarSymbol field) {
    Long constant = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(value));
    if (constant != null) {
      return Counters.byAssigning(constant);
    }
    Long added =
        value instanceof BinaryTree sum && sum.getKind() == Tree.Kind.PLUS && field != null
            ? CompilationUnitAnalysis.wholeNumber(
                ASTHelpers.getSymbol(sum.getLeftOperand()) == field
                    ? ASTHelpers.constValue(sum.getRightOperand())
                    : ASTHelpers.getSymbol(sum.getRightOperand()) == field
                        ? ASTHelpers.constValue(sum.getLeftOperand())
                        : null)
            : null;
    return added != null ? Counters.byAdding(added) : Counters.Assignment.OTHER;
  }
}
