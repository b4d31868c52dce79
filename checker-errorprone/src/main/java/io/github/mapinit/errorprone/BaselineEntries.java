package io.github.mapinit.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.errorprone.dataflow.Finding;
import io.github.mapinit.policy.Baseline;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A finding's line in a baseline file: the class and the method, constructor or initialiser that
 * report it, and the place its message names; no line numbers, so that an entry outlives edits
 * above it (see {@link Baseline}).
 */
final class BaselineEntries {

  private BaselineEntries() {}

  /**
   * The entry of {@code finding}, reported from {@code host} (a method, or a class for its
   * initialisers) whose symbol is {@code hostSymbol}; empty when javac gives the host no symbol.
   */
  static Optional<Baseline.Entry> of(
      Finding finding, Tree host, Symbol hostSymbol, VisitorState state) {
    if (hostSymbol instanceof MethodSymbol method && method.owner instanceof ClassSymbol owner) {
      String name =
          method.isConstructor()
              ? owner.getSimpleName().toString()
              : method.getSimpleName().toString();
      String parameters =
          method.getParameters().stream()
              .map(parameter -> simpleName(state.getTypes().erasure(parameter.type)))
              .collect(Collectors.joining(","));
      return Optional.of(
          new Baseline.Entry(
              owner.flatName().toString(), name + "(" + parameters + ")", finding.trace().place()));
    }
    if (hostSymbol instanceof ClassSymbol owner && host instanceof ClassTree classTree) {
      String initialiser =
          isInStaticMember(classTree, finding.tree(), state) ? "<clinit>" : "<init>";
      return Optional.of(
          new Baseline.Entry(owner.flatName().toString(), initialiser, finding.trace().place()));
    }
    return Optional.empty();
  }

  private static String simpleName(Type type) {
    if (type instanceof Type.ArrayType array) {
      return simpleName(array.elemtype) + "[]";
    }
    return type.tsym == null ? type.toString() : type.tsym.getSimpleName().toString();
  }

  /** Whether {@code tree} lies in a static field's initialiser or a static block. */
  private static boolean isInStaticMember(ClassTree classTree, Tree tree, VisitorState state) {
    int position = ASTHelpers.getStartPosition(tree);
    for (Tree member : classTree.getMembers()) {
      if (ASTHelpers.getStartPosition(member) <= position
          && position < state.getEndPosition(member)) {
        if (member instanceof BlockTree block) {
          return block.isStatic();
        }
        if (member instanceof VariableTree variable) {
          return ASTHelpers.isStatic(ASTHelpers.getSymbol(variable));
        }
        return false;
      }
    }
    return false;
  }
}
