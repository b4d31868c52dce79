package io.github.mapinit.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.errorprone.dataflow.Finding;
import io.github.mapinit.errorprone.dataflow.JavacPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The fix that initialises a field where it is declared, with the natural implementation of its
 * declared type: {@code Map} becomes {@code new LinkedHashMap<>()}, {@code EnumMap<K, V>} becomes
 * {@code new EnumMap<>(K.class)}.
 */
final class DeclarationFix {

  private static final String ENUM_MAP = "java.util.EnumMap";

  private DeclarationFix() {}

  static Optional<SuggestedFix> of(Finding finding, JavacPolicy policy, VisitorState state) {
    if (finding.fixableDeclaration().isEmpty()) {
      return Optional.empty();
    }
    VariableTree declaration = finding.fixableDeclaration().get();
    VarSymbol field = ASTHelpers.getSymbol(declaration);
    String implementation = field == null ? null : policy.fixImplementation(field.type);
    String source = state.getSourceForNode(declaration);
    int end = state.getEndPosition(declaration);
    if (implementation == null || source == null || end <= 0 || !source.endsWith(";")) {
      // No known implementation, or several variables in one declaration: no safe edit.
      return Optional.empty();
    }
    SuggestedFix.Builder fix = SuggestedFix.builder();
    String type = SuggestedFixes.qualifyType(state, fix, implementation);
    String arguments = "";
    if (implementation.equals(ENUM_MAP)) {
      List<Type> typeArguments = field.type.getTypeArguments();
      if (typeArguments.isEmpty() || !(typeArguments.get(0) instanceof Type.ClassType)) {
        return Optional.empty();
      }
      arguments = SuggestedFixes.qualifyType(state, fix, typeArguments.get(0).tsym) + ".class";
    }
    Symbol implementationClass = state.getSymbolFromString(implementation);
    String diamond =
        implementationClass == null || implementationClass.getTypeParameters().isEmpty()
            ? ""
            : "<>";
    fix.replace(end - 1, end, " = new " + type + diamond + "(" + arguments + ");");
    return Optional.of(fix.build());
  }
}
