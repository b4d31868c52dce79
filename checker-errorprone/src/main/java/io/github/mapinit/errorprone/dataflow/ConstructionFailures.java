package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.JavaSemantics;
import java.util.List;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Which constructions can only fail with a virtual machine error (policy {@link
 * JavaSemantics#constructionCannotFail} and {@link JavaSemantics#ownConstructionCannotFail}): a
 * platform constructor given constants only, and a constructor of a named class of the unit that
 * calls such a one and only stores its arguments and constants in its own fields.
 */
final class ConstructionFailures {

  private ConstructionFailures() {}

  /**
   * Whether calling the platform constructor {@code constructor} with {@code arguments} cannot
   * fail.
   */
  static boolean platformCannotFail(
      MethodSymbol constructor, List<? extends ExpressionTree> arguments) {
    return JavaSemantics.constructionCannotFail(
        constructor.owner.flatName().toString(),
        variableArguments(arguments),
        !constructor.getThrownTypes().isEmpty());
  }

  /**
   * Whether running {@code constructor}, a constructor of a named class of the unit, cannot fail:
   * its class has no initialiser but constants, and its body is an optional {@code super(..)} call
   * that cannot fail followed by stores of parameters and constants into the object's fields.
   */
  static boolean ownCannotFail(Body constructor) {
    ClassTree owner = constructor.classTree();
    if (!(constructor.tree() instanceof MethodTree method)
        || method.getBody() == null
        || owner.getSimpleName().length() == 0
        || !initialisersAreConstants(owner)) {
      return false;
    }
    List<? extends StatementTree> statements = method.getBody().getStatements();
    boolean superCannotFail = false;
    boolean calledSuper = false;
    boolean storesOnly = true;
    for (StatementTree statement : statements) {
      MethodInvocationTree call = constructorCall(statement);
      if (call != null && !calledSuper) {
        calledSuper = true;
        MethodSymbol called = ASTHelpers.getSymbol(call);
        superCannotFail =
            called != null
                && called.owner != constructor.owner()
                && platformCannotFail(called, call.getArguments());
      } else if (!(statement instanceof EmptyStatementTree)) {
        storesOnly &= storesArgumentOrConstant(statement, constructor.owner());
      }
    }
    if (!calledSuper) {
      // The implicit super(): the superclass's constructor without parameters.
      superCannotFail = implicitSuperCannotFail(constructor.owner());
    }
    return JavaSemantics.ownConstructionCannotFail(superCannotFail, storesOnly);
  }

  private static int variableArguments(List<? extends ExpressionTree> arguments) {
    int variable = 0;
    for (ExpressionTree argument : arguments) {
      if (ASTHelpers.constValue(argument) == null) {
        variable++;
      }
    }
    return variable;
  }

  /** No initialiser block, and every instance field's initial value a compile-time constant. */
  private static boolean initialisersAreConstants(ClassTree owner) {
    for (Tree member : owner.getMembers()) {
      if (member instanceof BlockTree block && !block.isStatic()) {
        return false;
      }
      if (member instanceof VariableTree field
          && field.getInitializer() != null
          && !ASTHelpers.getSymbol(field).isStatic()
          && ASTHelpers.constValue(field.getInitializer()) == null) {
        return false;
      }
    }
    return true;
  }

  /** The {@code super(..)} or {@code this(..)} call that {@code statement} is, or null. */
  private static @Nullable MethodInvocationTree constructorCall(StatementTree statement) {
    if (statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof MethodInvocationTree call) {
      MethodSymbol called = ASTHelpers.getSymbol(call);
      return called != null && called.isConstructor() ? call : null;
    }
    return null;
  }

  /** {@code this.f = p;}, {@code f = 3;}: a parameter, a constant or null into an own field. */
  private static boolean storesArgumentOrConstant(StatementTree statement, ClassSymbol owner) {
    if (!(statement instanceof ExpressionStatementTree expression)
        || !(expression.getExpression() instanceof AssignmentTree assignment)) {
      return false;
    }
    ExpressionTree target = assignment.getVariable();
    Symbol field = ASTHelpers.getSymbol(target);
    boolean ownField =
        field instanceof VarSymbol
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            && field.owner == owner
            && (target instanceof IdentifierTree
                || (target instanceof MemberSelectTree select
                    && select.getExpression() instanceof IdentifierTree self
                    && self.getName().contentEquals("this")));
    ExpressionTree value = ASTHelpers.stripParentheses(assignment.getExpression());
    Symbol valueSymbol = ASTHelpers.getSymbol(value);
    boolean argumentOrConstant =
        ASTHelpers.constValue(value) != null
            || value.getKind() == Tree.Kind.NULL_LITERAL
            || (value instanceof IdentifierTree
                && valueSymbol != null
                && valueSymbol.getKind() == ElementKind.PARAMETER);
    return ownField && argumentOrConstant;
  }

  private static boolean implicitSuperCannotFail(ClassSymbol owner) {
    Type superclass = owner.getSuperclass();
    if (!(superclass.tsym instanceof ClassSymbol type)) {
      return false;
    }
    for (Symbol member : type.getEnclosedElements()) {
      if (member instanceof MethodSymbol constructor
          && constructor.isConstructor()
          && constructor.getParameters().isEmpty()) {
        return platformCannotFail(constructor, List.of());
      }
    }
    return false;
  }
}
