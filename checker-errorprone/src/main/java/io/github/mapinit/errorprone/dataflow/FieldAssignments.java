package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The fields a tree assigns, by how: on the object or class whose code runs ({@code f = x}, {@code
 * this.f = x} in the field's own class), or otherwise (through another object, or from the code of
 * another class, a nested one included). A promise about a field that some other code assigns
 * cannot be checked on the class's own bodies.
 */
final class FieldAssignments extends TreeScanner<Void, Void> {

  private final Set<Symbol> onOwnObject = new LinkedHashSet<>();
  private final Set<Symbol> elsewhere = new LinkedHashSet<>();
  private final Set<Symbol> copiedOnOwnObject = new LinkedHashSet<>();
  private final Set<Symbol> givenOtherValuesOnOwnObject = new LinkedHashSet<>();
  private final Deque<ClassSymbol> enclosing = new ArrayDeque<>();

  private FieldAssignments(@Nullable ClassSymbol start) {
    if (start != null) {
      enclosing.push(start);
    }
  }

  /** The assignments in {@code tree}, whose code belongs to {@code owner} (null: find out). */
  static FieldAssignments in(Tree tree, @Nullable ClassSymbol owner) {
    FieldAssignments scan = new FieldAssignments(owner);
    scan.scan(tree, null);
    return scan;
  }

  Set<Symbol> onOwnObject() {
    return onOwnObject;
  }

  Set<Symbol> elsewhere() {
    return elsewhere;
  }

  /**
   * The fields assigned on the running object only with the same field of another instance ({@code
   * this.f = other.f}, a copy constructor's, or a guarded copy of it, {@link #isGuardedCopy}): such
   * an assignment passes another object's value on and initialises nothing (policy {@code
   * BodyFacts.copiedOnly}).
   */
  Set<Symbol> onlyCopiedOnOwnObject() {
    Set<Symbol> copied = new LinkedHashSet<>(copiedOnOwnObject);
    copied.removeAll(givenOtherValuesOnOwnObject);
    return copied;
  }

  @Override
  public Void visitClass(ClassTree node, Void unused) {
    enclosing.push(ASTHelpers.getSymbol(node));
    try {
      return super.visitClass(node, null);
    } finally {
      enclosing.pop();
    }
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    note(node.getVariable(), node.getExpression());
    return super.visitAssignment(node, null);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    note(node.getVariable(), null);
    return super.visitCompoundAssignment(node, null);
  }

  @Override
  public Void visitUnary(UnaryTree node, Void unused) {
    Tree.Kind kind = node.getKind();
    if (kind == Tree.Kind.PREFIX_INCREMENT
        || kind == Tree.Kind.POSTFIX_INCREMENT
        || kind == Tree.Kind.PREFIX_DECREMENT
        || kind == Tree.Kind.POSTFIX_DECREMENT) {
      note(node.getExpression(), null);
    }
    return super.visitUnary(node, null);
  }

  /** An assignment of {@code value} ({@code null} for a compound one) to {@code variable}. */
  private void note(ExpressionTree variable, @Nullable ExpressionTree value) {
    Symbol symbol = ASTHelpers.getSymbol(variable);
    if (symbol == null || symbol.getKind() != ElementKind.FIELD) {
      return;
    }
    boolean throughThis =
        variable instanceof IdentifierTree
            || (variable instanceof MemberSelectTree select
                && select.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("this"));
    if (throughThis && !enclosing.isEmpty() && enclosing.peek() == symbol.owner) {
      onOwnObject.add(symbol);
      if (value != null
          && (isCopyFromAnotherObject(ASTHelpers.stripParentheses(value), symbol)
              || isGuardedCopy(value, symbol))) {
        copiedOnOwnObject.add(symbol);
      } else {
        givenOtherValuesOnOwnObject.add(symbol);
      }
    } else {
      elsewhere.add(symbol);
    }
  }

  /**
   * {@code other.f == null ? null : copy} or {@code other.f != null ? copy : null}, where the copy
   * reads {@code other.f} again ({@code new Properties(other.f)}): another object's value passed
   * on, null where that one's is. Its null test shows no belief that the field may be null.
   */
  static boolean isGuardedCopy(ExpressionTree value, Symbol field) {
    if (!(ASTHelpers.stripParentheses(value) instanceof ConditionalExpressionTree conditional)
        || !(ASTHelpers.stripParentheses(conditional.getCondition()) instanceof BinaryTree test)) {
      return false;
    }
    ExpressionTree tested = NullTests.comparedWithNull(test);
    if (tested == null || !isCopyFromAnotherObject(ASTHelpers.stripParentheses(tested), field)) {
      return false;
    }
    ExpressionTree whenNull;
    ExpressionTree otherwise;
    if (test.getKind() == Tree.Kind.EQUAL_TO) {
      whenNull = conditional.getTrueExpression();
      otherwise = conditional.getFalseExpression();
    } else if (test.getKind() == Tree.Kind.NOT_EQUAL_TO) {
      whenNull = conditional.getFalseExpression();
      otherwise = conditional.getTrueExpression();
    } else {
      return false;
    }
    String source =
        ((MemberSelectTree) ASTHelpers.stripParentheses(tested)).getExpression().toString();
    return ASTHelpers.stripParentheses(whenNull).getKind() == Tree.Kind.NULL_LITERAL
        && Boolean.TRUE.equals(
            new TreeScanner<Boolean, Void>() {
              @Override
              public Boolean visitMemberSelect(MemberSelectTree node, Void unused) {
                return (ASTHelpers.getSymbol(node) == field
                        && node.getExpression().toString().equals(source))
                    || Boolean.TRUE.equals(super.visitMemberSelect(node, null));
              }

              @Override
              public Boolean reduce(Boolean first, Boolean second) {
                return Boolean.TRUE.equals(first) || Boolean.TRUE.equals(second);
              }
            }.scan(otherwise, null));
  }

  /** {@code other.f}, where {@code other} is not the running object. */
  private static boolean isCopyFromAnotherObject(ExpressionTree value, Symbol field) {
    return value instanceof MemberSelectTree select
        && ASTHelpers.getSymbol(select) == field
        && !(select.getExpression() instanceof IdentifierTree receiver
            && (receiver.getName().contentEquals("this")
                || receiver.getName().contentEquals("super")));
  }
}
