package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec 4, the order of an object's own initialisation: its instance initialisers run in textual
 * order after {@code super(..)}, then its constructor's statements. A field read by code that runs
 * before any of them assigns it is still null there ({@code private final Scope scope = new
 * Scope(this.names);} above {@code private final Map<..> names = new HashMap<>();}).
 */
final class InitialisationOrder {

  private InitialisationOrder() {}

  /**
   * Whether the member of {@code owner} that runs during initialisation (an instance field's
   * initialiser, an instance block, or a constructor) is one whose code runs at construction: the
   * place a {@code new} in it is built early.
   */
  static boolean runsAtConstruction(Tree member) {
    return (member instanceof VariableTree variable
            && variable.getInitializer() != null
            && !ASTHelpers.getSymbol(variable).isStatic())
        || (member instanceof BlockTree block && !block.isStatic())
        || (member instanceof MethodTree method
            && ASTHelpers.getSymbol(method).isConstructor()
            && method.getBody() != null);
  }

  /**
   * Whether {@code field} of the running object is still unassigned where the code at {@code at}
   * runs, inside {@code member} of {@code owner}: no instance initialiser before it, nor (in a
   * constructor that does not delegate to {@code this(..)}) any statement before the one holding
   * it, assigns the field or calls a method on the object, which might.
   */
  static boolean stillUnassigned(ClassTree owner, Tree member, Tree at, VarSymbol field) {
    List<Tree> earlier = new ArrayList<>();
    for (Tree other : owner.getMembers()) {
      if (other == member) {
        break;
      }
      if (runsAtConstruction(other) && !(other instanceof MethodTree)) {
        earlier.add(other);
      }
    }
    if (member instanceof MethodTree constructor) {
      BlockTree body = constructor.getBody();
      if (body == null || NullConstructorArguments.startsWithThisCall(body)) {
        return false;
      }
      earlier.clear();
      for (Tree other : owner.getMembers()) {
        if (runsAtConstruction(other) && !(other instanceof MethodTree)) {
          earlier.add(other);
        }
      }
      boolean reached = false;
      for (StatementTree statement : body.getStatements()) {
        if (holds(statement, at)) {
          reached = true;
          break;
        }
        earlier.add(statement);
      }
      if (!reached) {
        return false;
      }
    }
    return earlier.stream().noneMatch(code -> mayAssign(code, field));
  }

  /** Whether {@code tree} holds {@code at}. */
  private static boolean holds(Tree tree, Tree at) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree node, Void unused) {
        if (node == at) {
          found[0] = true;
        }
        return found[0] ? null : super.scan(node, null);
      }
    }.scan(tree, null);
    return found[0];
  }

  /**
   * Whether the code of {@code tree} that runs at once (not its lambdas and class bodies) assigns
   * {@code field}, initialises it, or calls a method on the running object.
   */
  private static boolean mayAssign(Tree tree, VarSymbol field) {
    if (tree instanceof VariableTree variable && ASTHelpers.getSymbol(variable) == field) {
      return true;
    }
    boolean[] found = {NullConstructorArguments.assignments(tree, field) > 0};
    new SameCodeScanner() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        found[0] |=
            callee != null
                && !callee.isStatic()
                && !callee.isConstructor()
                && onRunningObject(call.getMethodSelect());
        return super.visitMethodInvocation(call, null);
      }
    }.scan(tree, null);
    return found[0];
  }

  /** {@code m(..)}, {@code this.m(..)} or {@code super.m(..)}. */
  private static boolean onRunningObject(Tree select) {
    return select instanceof IdentifierTree
        || (select instanceof MemberSelectTree member
            && member.getExpression() instanceof IdentifierTree receiver
            && (receiver.getName().contentEquals("this")
                || receiver.getName().contentEquals("super")));
  }
}
