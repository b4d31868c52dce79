package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One piece of code that the dataflow analysis runs over: a method or constructor, a lambda, or one
 * initialiser (a field's initial value or an initializer block) of a class.
 *
 * @param kind what sort of code it is
 * @param path the path to the method, lambda, field or block
 * @param classTree the class the code belongs to
 * @param owner that class's symbol
 * @param method the method or constructor, or null for a lambda or an initialiser
 * @param host the tree whose match reports this body's findings: the enclosing method, or the class
 *     for initialisers
 * @param name how messages name the body: {@code add(Order)}, {@code lambda in add(Order)}
 */
public record Body(
    Kind kind,
    TreePath path,
    ClassTree classTree,
    ClassSymbol owner,
    @Nullable MethodSymbol method,
    Tree host,
    String name) {

  /** What sort of code a body is, which decides the state its fields start in. */
  public enum Kind {
    CONSTRUCTOR,
    METHOD,
    LAMBDA,
    INSTANCE_INITIALIZER,
    STATIC_INITIALIZER
  }

  public Tree tree() {
    return path.getLeaf();
  }

  /** Whether an assignment of null here is a reset that other methods must expect. */
  public boolean assignmentsAreResets() {
    return kind == Kind.METHOD || kind == Kind.LAMBDA;
  }

  // equals and hashCode are spelled out with the generated ones' meaning: those are linked on
  // first use through java.lang.runtime.ObjectMethods, which spins some forty method-handle
  // classes, 10 to 15 ms of a fresh compiler's CPU that the screens paid for their first bodies.
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Body body
        && kind == body.kind
        && path.equals(body.path)
        && classTree.equals(body.classTree)
        && owner.equals(body.owner)
        && Objects.equals(method, body.method)
        && host.equals(body.host)
        && name.equals(body.name);
  }

  @Override
  public int hashCode() {
    int hash = kind.hashCode();
    hash = 31 * hash + path.hashCode();
    hash = 31 * hash + classTree.hashCode();
    hash = 31 * hash + owner.hashCode();
    hash = 31 * hash + Objects.hashCode(method);
    hash = 31 * hash + host.hashCode();
    return 31 * hash + name.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
