package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The fields of its own object that a body assigns only with the same field of another instance
 * ({@code this.f = other.f}, a copy constructor's): such an assignment passes another object's
 * value on and initialises nothing (policy {@code BodyFacts.copiedOnly}).
 */
final class FieldCopies extends TreeScanner<Void, Void> {

  private final ClassSymbol owner;
  private final Set<Symbol> copied = new HashSet<>();
  private final Set<Symbol> assignedOtherwise = new HashSet<>();

  private FieldCopies(ClassSymbol owner) {
    this.owner = owner;
  }

  /** The fields of {@code owner} that {@code body} assigns on its own object only by copying. */
  static Set<Symbol> onlyCopiedIn(Tree body, ClassSymbol owner) {
    FieldCopies scan = new FieldCopies(owner);
    scan.scan(body, null);
    scan.copied.removeAll(scan.assignedOtherwise);
    return scan.copied;
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    // A nested class's code runs on objects of its own.
    return null;
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    Symbol field = ASTHelpers.getSymbol(node.getVariable());
    if (field != null
        && field.getKind() == ElementKind.FIELD
        && field.owner == owner
        && isOnOwnObject(node.getVariable())) {
      if (isCopyOf(ASTHelpers.stripParentheses(node.getExpression()), field)) {
        copied.add(field);
      } else {
        assignedOtherwise.add(field);
      }
    }
    return super.visitAssignment(node, null);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    Symbol field = ASTHelpers.getSymbol(node.getVariable());
    if (field != null && field.getKind() == ElementKind.FIELD) {
      assignedOtherwise.add(field);
    }
    return super.visitCompoundAssignment(node, null);
  }

  private static boolean isOnOwnObject(ExpressionTree variable) {
    return variable instanceof IdentifierTree
        || (variable instanceof MemberSelectTree select && isThis(select.getExpression()));
  }

  /** {@code other.f}, where {@code other} is not this object. */
  private static boolean isCopyOf(ExpressionTree value, Symbol field) {
    return value instanceof MemberSelectTree select
        && ASTHelpers.getSymbol(select) == field
        && !isThis(select.getExpression());
  }

  private static boolean isThis(ExpressionTree expression) {
    return expression instanceof IdentifierTree identifier
        && (identifier.getName().contentEquals("this")
            || identifier.getName().contentEquals("super"));
  }
}
