package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The fields that a class compares with {@code null} ({@code f == null}, {@code null != f}; not the
 * guard of a copy of another instance's field, {@link FieldAssignments#isGuardedCopy}), directly or
 * by passing them to one of its own methods that compares that parameter with null ({@code
 * isEmpty(m)} that returns {@code m == null || m.isEmpty()}, and {@code hasEntries(m)} that returns
 * {@code !isEmpty(m)}).
 */
final class NullTestedFields extends TreeScanner<Void, Void> {

  /** A variable passed as an argument of a call of a method of the class. */
  private record Passed(MethodSymbol callee, int index, VarSymbol value) {}

  private final Set<VarSymbol> compared = new LinkedHashSet<>();
  private final List<Passed> passed = new ArrayList<>();
  private final Symbol owner;

  private NullTestedFields(Symbol owner) {
    this.owner = owner;
  }

  static Set<VarSymbol> in(ClassTree tree) {
    NullTestedFields scanner = new NullTestedFields(ASTHelpers.getSymbol(tree));
    scanner.scan(tree, null);
    return scanner.testedFields();
  }

  private Set<VarSymbol> testedFields() {
    Set<VarSymbol> tested = new LinkedHashSet<>(compared);
    // Parameters tested through calls, until no call adds one.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Passed call : passed) {
        if (call.index() < call.callee().getParameters().size()
            && tested.contains(call.callee().getParameters().get(call.index()))
            && tested.add(call.value())) {
          grew = true;
        }
      }
    }
    tested.removeIf(variable -> variable.getKind() != ElementKind.FIELD);
    return tested;
  }

  @Override
  public Void visitBinary(BinaryTree tree, Void unused) {
    if (tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      addIfNullTested(tree.getLeftOperand(), tree.getRightOperand());
      addIfNullTested(tree.getRightOperand(), tree.getLeftOperand());
    }
    return super.visitBinary(tree, unused);
  }

  @Override
  public Void visitAssignment(AssignmentTree tree, Void unused) {
    Symbol assigned = ASTHelpers.getSymbol(tree.getVariable());
    if (assigned != null
        && FieldAssignments.isGuardedCopy(tree.getExpression(), assigned)
        && ASTHelpers.stripParentheses(tree.getExpression())
            instanceof ConditionalExpressionTree copy) {
      // The guard passes another object's null on: no belief about this one's field.
      scan(tree.getVariable(), null);
      scan(copy.getTrueExpression(), null);
      return scan(copy.getFalseExpression(), null);
    }
    return super.visitAssignment(tree, null);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    MethodSymbol callee = ASTHelpers.getSymbol(tree);
    if (callee != null && callee.owner == owner) {
      List<? extends ExpressionTree> arguments = tree.getArguments();
      for (int i = 0; i < arguments.size(); i++) {
        Symbol argument = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(arguments.get(i)));
        if (argument instanceof VarSymbol variable && isFieldOrParameter(variable)) {
          passed.add(new Passed(callee, i, variable));
        }
      }
    }
    return super.visitMethodInvocation(tree, null);
  }

  private void addIfNullTested(ExpressionTree operand, ExpressionTree other) {
    if (other.getKind() != Tree.Kind.NULL_LITERAL) {
      return;
    }
    Symbol symbol = ASTHelpers.getSymbol(operand);
    if (symbol instanceof VarSymbol variable && isFieldOrParameter(variable)) {
      compared.add(variable);
    }
  }

  private static boolean isFieldOrParameter(VarSymbol variable) {
    return variable.getKind() == ElementKind.FIELD || variable.getKind() == ElementKind.PARAMETER;
  }
}
