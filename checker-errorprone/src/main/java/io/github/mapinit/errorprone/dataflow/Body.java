package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
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

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
