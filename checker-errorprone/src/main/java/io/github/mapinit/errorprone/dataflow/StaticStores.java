package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The fields that some code of a class may assign, through the class's static methods it calls in
 * turn: what a static initialisation, or a call of a static helper, can do to the class's static
 * flags (policy {@code StaticPromises}). Unknown where the code calls other code of the class's
 * nest (a constructor, an instance method, a nested class's method), whose stores are not followed
 * here.
 */
final class StaticStores {

  private StaticStores() {}

  /** The fields {@code roots}, code of class {@code owner}, may assign, if that is known. */
  static Optional<Set<Symbol>> reachedFrom(
      Collection<? extends Tree> roots, ClassIndex.ClassInfo owner, ClassIndex index) {
    Set<Symbol> assigned = new LinkedHashSet<>();
    boolean[] callsOther = {false};
    Symbol outermost = Nests.outermostClass(owner.symbol);
    Deque<Tree> pending = new ArrayDeque<>(roots);
    Set<Symbol> seen = new LinkedHashSet<>();
    while (!pending.isEmpty() && !callsOther[0]) {
      Tree code = pending.pop();
      FieldAssignments assignments = FieldAssignments.in(code, owner.symbol);
      assigned.addAll(assignments.onOwnObject());
      assigned.addAll(assignments.elsewhere());
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
          Symbol method = ASTHelpers.getSymbol(tree);
          if (method == null || Nests.outermostClass(method) == outermost) {
            Body called =
                method instanceof MethodSymbol symbol
                        && symbol.isStatic()
                        && symbol.owner == owner.symbol
                    ? index.bodyOf(symbol)
                    : null;
            if (called == null) {
              callsOther[0] = true;
            } else if (seen.add(method)) {
              pending.push(called.tree());
            }
          }
          return super.visitMethodInvocation(tree, null);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
          Symbol constructor = ASTHelpers.getSymbol(tree);
          callsOther[0] |= constructor == null || Nests.outermostClass(constructor) == outermost;
          return super.visitNewClass(tree, null);
        }
      }.scan(code, null);
    }
    return callsOther[0] ? Optional.empty() : Optional.of(assigned);
  }
}
