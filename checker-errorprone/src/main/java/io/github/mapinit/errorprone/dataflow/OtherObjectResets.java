package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Spec 4: {@code other.f} on another instance of the class is {@code this.f} outside the
 * constructor, so {@code session.attributes = null} in a static method, a nested class or an inner
 * class is a reset of that object's field, which every method may start after; so is {@code
 * next.opening = closing(period)}, where a method of the assigning class returns the null literal
 * on some path. The resets of the running object's own fields by its class's methods are found with
 * the bodies' exits instead.
 */
final class OtherObjectResets {

  private OtherObjectResets() {}

  /**
   * The null assignments of instance fields on other objects in the unit, by field.
   *
   * @param mayReturnNull whether a call's result may be null, as the screens see it ({@link
   *     NullReturns#returnsNullLiteralOf})
   */
  static Map<VarSymbol, List<NullCause.ResetElsewhere>> in(
      CompilationUnitTree unit, Predicate<MethodInvocationTree> mayReturnNull) {
    Map<VarSymbol, List<NullCause.ResetElsewhere>> resets = new LinkedHashMap<>();
    new TreeScanner<Void, Void>() {
      private @Nullable Symbol currentClass;
      private @Nullable MethodSymbol currentMethod;

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        Symbol outerClass = currentClass;
        MethodSymbol outerMethod = currentMethod;
        currentClass = ASTHelpers.getSymbol(node);
        currentMethod = null;
        super.visitClass(node, null);
        currentClass = outerClass;
        currentMethod = outerMethod;
        return null;
      }

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        MethodSymbol outer = currentMethod;
        currentMethod = ASTHelpers.getSymbol(node);
        super.visitMethod(node, null);
        currentMethod = outer;
        return null;
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        ExpressionTree value = ASTHelpers.stripParentheses(node.getExpression());
        boolean definitelyNull = value.getKind() == Tree.Kind.NULL_LITERAL;
        if (currentMethod != null
            && ASTHelpers.getSymbol(node.getVariable()) instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            && (definitelyNull || mayBeNullCall(value))
            && !onOwnObject(node.getVariable(), field)) {
          resets
              .computeIfAbsent(field, f -> new ArrayList<>())
              .add(
                  new NullCause.ResetElsewhere(
                      (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(node)),
                      ClassIndex.signature(currentMethod),
                      definitelyNull));
        }
        return super.visitAssignment(node, null);
      }

      /**
       * A call of a method of the assigning class that may return null; SpotBugs' first pass sees
       * that class's methods only.
       */
      private boolean mayBeNullCall(ExpressionTree value) {
        return value instanceof MethodInvocationTree call
            && ASTHelpers.getSymbol(call).owner == currentClass
            && mayReturnNull.test(call);
      }

      /** {@code f} or {@code this.f} in code of the field's own class: the running object's. */
      private boolean onOwnObject(Tree target, VarSymbol field) {
        boolean thisObject =
            target instanceof IdentifierTree
                || (target instanceof MemberSelectTree select
                    && select.getExpression() instanceof IdentifierTree receiver
                    && receiver.getName().contentEquals("this"));
        return thisObject && currentClass == field.owner;
      }
    }.scan(unit, null);
    return resets;
  }
}
