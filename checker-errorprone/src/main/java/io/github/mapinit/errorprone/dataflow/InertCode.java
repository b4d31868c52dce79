package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Name;
import org.jspecify.annotations.Nullable;

/**
 * Whether running some code of a constructor or initialiser can reach a use of one field, or run
 * any code of the unit at all, decided from its trees alone. Code that never names the field
 * (through a variable, {@code base.field} names another object's, which the analysis takes as it is
 * after that object's construction), creates no lambda, method reference or class body, and hands
 * {@code this} to nobody (it appears only as the receiver of a field access) cannot reach a use of
 * it, provided the code of the unit that it runs cannot either: the bodies it calls, and the
 * construction of the unit's classes it creates. Such code may run before the field is assigned
 * without any path to a use of it starting there.
 */
final class InertCode {

  private InertCode() {}

  /**
   * Whether {@code tree}, and the bodies of the unit it calls, can reach no use of {@code field}
   * (see the class comment).
   */
  static boolean reachesNoUseOf(Tree tree, VarSymbol field, ClassIndex index) {
    Scanner scanner = new Scanner(field, index, new LinkedHashSet<>());
    scanner.scan(tree, null);
    return !scanner.reaches;
  }

  /**
   * Whether {@code tree} runs no body of the unit (no call of one, on {@code this} or otherwise)
   * and hands {@code this} to nobody: what a superclass constructor must be for none of its
   * subclass's overrides to run before the subclass's fields are assigned. A chained {@code
   * super(..)} or {@code this(..)} is not counted: the caller asks the same of the constructor it
   * runs.
   */
  static boolean runsNoCodeOfUnit(Tree tree, ClassIndex index) {
    Scanner scanner = new Scanner(null, index, null);
    scanner.scan(tree, null);
    return !scanner.reaches;
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    private final @Nullable VarSymbol field;
    private final ClassIndex index;
    // The bodies already followed, or null where calls of the unit's bodies are not followed.
    private final @Nullable Set<Body> followed;
    private boolean reaches;

    Scanner(@Nullable VarSymbol field, ClassIndex index, @Nullable Set<Body> followed) {
      this.field = field;
      this.index = index;
      this.followed = followed;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      // Once one way is found the answer is known.
      return reaches ? null : super.scan(tree, null);
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      // A bare this or super here is handed to someone, or is the receiver of a call on it.
      reaches |= isThisOrSuper(tree.getName()) || isField(ASTHelpers.getSymbol(tree));
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      Symbol symbol = ASTHelpers.getSymbol(tree);
      if (isField(symbol) && isOtherObject(tree.getExpression())) {
        // base.field in a copy constructor: the analysis takes another object's field as it is
        // after that object's construction, not as the running object has it.
        return null;
      }
      if (isField(symbol) || isThisOrSuper(tree.getIdentifier())) {
        reaches = true;
        return null;
      }
      if (symbol instanceof VarSymbol
          && tree.getExpression() instanceof IdentifierTree receiver
          && isThisOrSuper(receiver.getName())) {
        // this.other: a field access, which runs no code.
        return null;
      }
      return super.visitMemberSelect(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol method = ASTHelpers.getSymbol(tree);
      if (method == null) {
        reaches = true;
        return null;
      }
      Body callee = index.bodyOf(method);
      boolean chainedConstructor =
          method.isConstructor() && tree.getMethodSelect() instanceof IdentifierTree;
      if (callee != null && !(followed == null && chainedConstructor)) {
        // Without following (runsNoCodeOfUnit), super(..) and this(..) are left to the caller,
        // which asks the same of every constructor of the superclasses in the unit.
        follow(callee);
      }
      if (tree.getMethodSelect() instanceof IdentifierTree) {
        // super(...) or this(...) runs the constructor followed above, if it is the unit's; any
        // other unqualified call of an instance method runs on this.
        reaches |= !method.isStatic() && !method.isConstructor();
        return scan(tree.getArguments(), null);
      }
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      MethodSymbol constructor = ASTHelpers.getSymbol(tree);
      if (tree.getClassBody() != null || constructor == null) {
        reaches = true;
        return null;
      }
      ClassIndex.ClassInfo created = index.classInfo(constructor.owner);
      Body body = index.bodyOf(constructor);
      if (created != null && body != null) {
        // The new object's construction runs here: its initialisers, then its constructor. Given
        // this, it reaches the field only through code of the unit that it runs, which is
        // followed: a call on the parameter runs the method's body, as any call does here.
        created.instanceInitializers.forEach(this::follow);
        follow(body);
        scan(tree.getEnclosingExpression(), null);
        for (ExpressionTree argument : tree.getArguments()) {
          if (!(argument instanceof IdentifierTree identifier
              && identifier.getName().contentEquals("this"))) {
            scan(argument, null);
          }
        }
        return null;
      } else {
        // A class of another file, or one whose code is not in view; an inner one of another
        // file would be handed this.
        reaches |=
            created != null
                || (tree.getEnclosingExpression() == null
                    && ((ClassSymbol) constructor.owner).hasOuterInstance());
      }
      return super.visitNewClass(tree, null);
    }

    /** Scans a body of the unit that the code runs, once. */
    private void follow(Body body) {
      if (followed == null) {
        reaches = true;
      } else if (followed.add(body)) {
        scan(body.tree(), null);
      }
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      reaches = true;
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      reaches = true;
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      reaches = true;
      return null;
    }

    private boolean isField(@Nullable Symbol symbol) {
      return field != null && symbol == field;
    }

    /**
     * Whether {@code receiver}, the object of an access to the (instance) field, is a variable: the
     * analysis takes it for another object than the running one.
     */
    private boolean isOtherObject(ExpressionTree receiver) {
      return field != null
          && !field.isStatic()
          && receiver instanceof IdentifierTree identifier
          && !isThisOrSuper(identifier.getName())
          && ASTHelpers.getSymbol(identifier) instanceof VarSymbol;
    }

    private static boolean isThisOrSuper(Name name) {
      return name.contentEquals("this") || name.contentEquals("super");
    }
  }
}
