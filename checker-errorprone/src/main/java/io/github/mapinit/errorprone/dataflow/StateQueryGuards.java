package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.facts.StateQuery;
import io.github.mapinit.policy.rules.StateQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 (policy {@link StateQueries}): the running object's own answer about itself that every
 * path to a use passes in the use's body ({@code if (isPolymorphic()) ..}), read from the code
 * around the use ({@link PathConditions}). A query is a call on {@code this}, explicit or implicit,
 * of an instance method of the class or a supertype without parameters that returns {@code
 * boolean}, whose answer the engines do not follow: one the class inherits, or one whose body asks
 * other objects or methods (a call whose receiver is not a tracked field of the object). A query
 * that computes its answer from the object's own fields ({@code return valid;}, {@code return lines
 * == null;}, {@code sessions == null || sessions.isEmpty()}) is a test of those fields, which the
 * flag rules decide precisely.
 */
final class StateQueryGuards {

  private static final int MAX_SUPERTYPE_DEPTH = 64;

  private StateQueryGuards() {}

  /** The innermost such answer on the way to {@code use} in {@code body}, if any. */
  static Optional<StateQuery> around(Body body, Tree use, ClassIndex index) {
    TreePath path = TreePath.getPath(body.path(), use);
    if (path == null) {
      return Optional.empty();
    }
    List<StateQuery> answers = new ArrayList<>();
    PathConditions.around(
        path,
        (condition, outcome) -> answers.addAll(answers(condition, outcome, body.owner(), index)));
    return answers.stream().findFirst();
  }

  private static List<StateQuery> answers(
      ExpressionTree condition, boolean outcome, ClassSymbol owner, ClassIndex index) {
    ExpressionTree test = ASTHelpers.stripParentheses(condition);
    switch (test.getKind()) {
      case LOGICAL_COMPLEMENT:
        return answers(((UnaryTree) test).getExpression(), !outcome, owner, index);
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
        // Both operands were evaluated with this outcome only where a && holds or a || fails.
        if (outcome != (test.getKind() == Tree.Kind.CONDITIONAL_AND)) {
          return List.of();
        }
        List<StateQuery> both = new ArrayList<>();
        both.addAll(answers(((BinaryTree) test).getLeftOperand(), outcome, owner, index));
        both.addAll(answers(((BinaryTree) test).getRightOperand(), outcome, owner, index));
        return both;
      case METHOD_INVOCATION:
        MethodInvocationTree call = (MethodInvocationTree) test;
        MethodSymbol query = queryOfRunningObject(call, owner);
        return query == null || computedFromOwnFields(query, owner, index)
            ? List.of()
            : List.of(new StateQuery(query.getSimpleName() + "()", outcome));
      default:
        return List.of();
    }
  }

  private static @Nullable MethodSymbol queryOfRunningObject(
      MethodInvocationTree call, ClassSymbol owner) {
    ExpressionTree select = call.getMethodSelect();
    boolean onThis =
        JavacFacts.isOnThis(select)
            || (select instanceof MemberSelectTree member
                && member.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("super"));
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return onThis
            && call.getArguments().isEmpty()
            && method != null
            && !method.isStatic()
            && method.getReturnType().getKind() == TypeKind.BOOLEAN
            // An unqualified call in an inner class may ask the enclosing object instead.
            && inherits(owner, method.owner, 0)
        ? method
        : null;
  }

  /**
   * Whether the class declares {@code query} and every call in its body is made on a tracked field
   * of the running object: its answer is a function of the object's fields.
   */
  private static boolean computedFromOwnFields(
      MethodSymbol query, ClassSymbol owner, ClassIndex index) {
    Body body = query.owner == owner ? index.bodyOf(query) : null;
    if (body == null) {
      return false;
    }
    boolean[] asksOthers = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ExpressionTree select = call.getMethodSelect();
        VarSymbol receiver =
            select instanceof MemberSelectTree member
                ? NullConstructorArguments.fieldOfRunningObject(member.getExpression(), owner)
                : null;
        asksOthers[0] |= receiver == null || !index.isTrackedField(receiver);
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitNewClass(NewClassTree created, Void unused) {
        asksOthers[0] = true;
        return null;
      }
    }.scan(body.tree(), null);
    return !asksOthers[0];
  }

  private static boolean inherits(Symbol type, Symbol declaring, int depth) {
    if (type == declaring) {
      return true;
    }
    if (!(type instanceof ClassSymbol classSymbol) || depth > MAX_SUPERTYPE_DEPTH) {
      return false;
    }
    Type superclass = classSymbol.getSuperclass();
    if (superclass.tsym != null && inherits(superclass.tsym, declaring, depth + 1)) {
      return true;
    }
    for (Type implemented : classSymbol.getInterfaces()) {
      if (inherits(implemented.tsym, declaring, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
