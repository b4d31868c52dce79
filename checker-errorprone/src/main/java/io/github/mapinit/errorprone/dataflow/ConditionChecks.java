package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ThrowTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import javax.lang.model.type.TypeKind;

/**
 * Whether a method may be a check of its own, like {@code checkState}: a static, private or final
 * method returning nothing, with a boolean parameter, that throws somewhere ({@code if (!ok) throw
 * ...}). Such a body needs its graph even when it touches no map, so that its summary can say which
 * parameters it returns only when true.
 */
final class ConditionChecks extends TreeScanner<Void, Void> {

  private boolean throwsSomewhere;

  private ConditionChecks() {}

  static boolean mayBeOne(Body body) {
    MethodSymbol method = body.method();
    if (body.kind() != Body.Kind.METHOD
        || method == null
        || !(method.isStatic() || method.isPrivate() || (method.flags() & Flags.FINAL) != 0)
        || method.getReturnType().getKind() != TypeKind.VOID
        || method.getParameters().stream().noneMatch(ConditionChecks::isBoolean)) {
      return false;
    }
    ConditionChecks scanner = new ConditionChecks();
    scanner.scan(body.tree(), null);
    return scanner.throwsSomewhere;
  }

  private static boolean isBoolean(VarSymbol parameter) {
    return parameter.type.getKind() == TypeKind.BOOLEAN;
  }

  @Override
  public Void visitThrow(ThrowTree tree, Void unused) {
    throwsSomewhere = true;
    return null;
  }
}
