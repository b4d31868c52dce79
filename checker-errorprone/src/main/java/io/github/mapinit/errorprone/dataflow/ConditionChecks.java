package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ThrowTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.CheckMethods;
import javax.lang.model.type.TypeKind;

/**
 * Whether a body may be a check of the class's own, like {@code checkState} (policy {@link
 * CheckMethods}): such a body needs its graph even when it touches no map, so that its summary can
 * say which parameters it returns only when true. Reads whether it can throw from its tree.
 */
final class ConditionChecks extends TreeScanner<Void, Void> {

  private boolean throwsSomewhere;

  private ConditionChecks() {}

  static boolean mayBeOne(Body body) {
    MethodSymbol method = body.method();
    if (body.kind() != Body.Kind.METHOD || method == null) {
      return false;
    }
    boolean overridable =
        !(method.isStatic() || method.isPrivate() || (method.flags() & Flags.FINAL) != 0);
    boolean returnsNothing = method.getReturnType().getKind() == TypeKind.VOID;
    boolean hasBooleanParameter =
        method.getParameters().stream().anyMatch(ConditionChecks::isBoolean);
    if (!CheckMethods.mayBeOne(overridable, returnsNothing, hasBooleanParameter, true)) {
      return false;
    }
    ConditionChecks scanner = new ConditionChecks();
    scanner.scan(body.tree(), null);
    return CheckMethods.mayBeOne(
        overridable, returnsNothing, hasBooleanParameter, scanner.throwsSomewhere);
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
