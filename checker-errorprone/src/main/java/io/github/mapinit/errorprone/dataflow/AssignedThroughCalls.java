package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which fields of the running object a call of a method of its class on {@code this} may assign,
 * through the method and the methods it calls in turn (the class's own bodies, policy {@code
 * Overriding.runsOwnBody}): a constructor that calls {@code validate()} keeps what its flags said,
 * unless {@code validate()} can change them. Unknown (empty) where the calls reach a method without
 * a body here: a superclass's, or an abstract one.
 */
final class AssignedThroughCalls {

  private final ClassIndex index;
  private final Map<Body, Optional<Set<Symbol>>> byBody = new LinkedHashMap<>();

  AssignedThroughCalls(ClassIndex index) {
    this.index = index;
  }

  /** The fields {@code callee} may assign on its own object, if every call it makes is known. */
  Optional<Set<Symbol>> by(Body callee) {
    Optional<Set<Symbol>> known = byBody.get(callee);
    if (known != null) {
      return known;
    }
    Set<Symbol> fields = new LinkedHashSet<>();
    boolean complete = collect(callee, fields, new LinkedHashSet<>());
    Optional<Set<Symbol>> result = complete ? Optional.of(Set.copyOf(fields)) : Optional.empty();
    byBody.put(callee, result);
    return result;
  }

  private boolean collect(Body body, Set<Symbol> fields, Set<Body> visited) {
    if (!visited.add(body)) {
      return true;
    }
    fields.addAll(FieldAssignments.in(body.tree(), body.owner()).onOwnObject());
    CallsOnThis calls = new CallsOnThis(body);
    calls.scan(body.tree(), null);
    if (!calls.allKnown) {
      return false;
    }
    for (Body callee : calls.callees) {
      if (!collect(callee, fields, visited)) {
        return false;
      }
    }
    return true;
  }

  /** The bodies a body calls on its own object, and whether each such call has one here. */
  private final class CallsOnThis extends TreeScanner<Void, Void> {
    private final Body caller;
    private final Set<Body> callees = new LinkedHashSet<>();
    private boolean allKnown = true;

    CallsOnThis(Body caller) {
      this.caller = caller;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      Symbol symbol = ASTHelpers.getSymbol(tree);
      boolean onThis =
          tree.getMethodSelect() instanceof IdentifierTree
              || (tree.getMethodSelect() instanceof MemberSelectTree select
                  && (select.getExpression().toString().equals("this")
                      || select.getExpression().toString().equals("super")));
      if (onThis && symbol instanceof MethodSymbol method && !method.isStatic()) {
        Body callee = method.owner == caller.owner() ? index.bodyOf(method) : null;
        if (callee == null) {
          allKnown = false;
        } else {
          callees.add(callee);
        }
      }
      return super.visitMethodInvocation(tree, unused);
    }
  }
}
