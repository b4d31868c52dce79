package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/** The fields that a class compares with {@code null} ({@code f == null}, {@code null != f}). */
final class NullTestedFields extends TreeScanner<Void, Void> {

  private final Set<VarSymbol> tested = new HashSet<>();

  private NullTestedFields() {}

  static Set<VarSymbol> in(ClassTree tree) {
    NullTestedFields scanner = new NullTestedFields();
    scanner.scan(tree, null);
    return scanner.tested;
  }

  @Override
  public Void visitBinary(BinaryTree tree, Void unused) {
    if (tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      addIfNullTestedField(tree.getLeftOperand(), tree.getRightOperand());
      addIfNullTestedField(tree.getRightOperand(), tree.getLeftOperand());
    }
    return super.visitBinary(tree, unused);
  }

  private void addIfNullTestedField(ExpressionTree operand, ExpressionTree other) {
    if (other.getKind() != Tree.Kind.NULL_LITERAL) {
      return;
    }
    Symbol symbol = ASTHelpers.getSymbol(operand);
    if (symbol instanceof VarSymbol field && symbol.getKind() == ElementKind.FIELD) {
      tested.add(field);
    }
  }
}
