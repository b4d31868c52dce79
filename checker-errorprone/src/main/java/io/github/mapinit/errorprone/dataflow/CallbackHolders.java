package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a method keeps a lambda it creates, in fields of its own object, and which of those fields
 * a body calls (policy {@link WithdrawnCallbacks}).
 */
final class CallbackHolders {

  private CallbackHolders() {}

  /**
   * The fields of the running object that the lambda at {@code path}, created by the own code of
   * {@code creator}, is stored in or handed to; empty where it also goes anywhere else.
   */
  static Optional<WithdrawnCallbacks.Holders> of(
      TreePath path, MethodTree creator, ClassSymbol owner) {
    TreePath parent = path.getParentPath();
    Tree lambda = path.getLeaf();
    while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
      lambda = parent.getLeaf();
      parent = parent.getParentPath();
    }
    if (parent == null) {
      return Optional.empty();
    }
    if (parent.getLeaf() instanceof MethodInvocationTree call
        && call.getArguments().contains(lambda)) {
      VarSymbol receiver = JavacFacts.ownInstanceField(ASTHelpers.getReceiver(call), owner);
      return receiver == null
          ? Optional.empty()
          : Optional.of(new WithdrawnCallbacks.Holders(Set.of(), Set.of(name(receiver))));
    }
    if (parent.getLeaf() instanceof AssignmentTree assignment
        && assignment.getExpression() == lambda) {
      VarSymbol stored = JavacFacts.ownInstanceField(assignment.getVariable(), owner);
      return stored == null ? Optional.empty() : handedOnBy(creator, stored, owner);
    }
    return Optional.empty();
  }

  /**
   * A lambda stored in {@code stored}: the fields whose objects the creator passes that field to
   * ({@code clock.addListener(heartbeat)}); empty where it passes it to anything else.
   */
  private static Optional<WithdrawnCallbacks.Holders> handedOnBy(
      MethodTree creator, VarSymbol stored, ClassSymbol owner) {
    Set<String> handedTo = new LinkedHashSet<>();
    boolean[] elsewhere = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        for (ExpressionTree argument : call.getArguments()) {
          if (JavacFacts.ownInstanceField(ASTHelpers.stripParentheses(argument), owner) == stored) {
            VarSymbol receiver = JavacFacts.ownInstanceField(ASTHelpers.getReceiver(call), owner);
            if (receiver == null) {
              elsewhere[0] = true;
            } else {
              handedTo.add(name(receiver));
            }
          }
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(creator.getBody(), null);
    return elsewhere[0]
        ? Optional.empty()
        : Optional.of(new WithdrawnCallbacks.Holders(Set.of(name(stored)), handedTo));
  }

  /** The fields of the running object whose objects {@code tree} calls a method of. */
  static Set<String> fieldsCalled(Tree tree, ClassSymbol owner) {
    Set<String> called = new LinkedHashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        VarSymbol receiver = JavacFacts.ownInstanceField(ASTHelpers.getReceiver(call), owner);
        if (receiver != null) {
          called.add(name(receiver));
        }
        return super.visitMethodInvocation(call, null);
      }
    }.scan(tree, null);
    return called;
  }

  private static String name(VarSymbol field) {
    return field.getSimpleName().toString();
  }
}
