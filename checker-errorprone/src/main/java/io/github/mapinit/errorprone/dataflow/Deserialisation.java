package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;
import java.util.function.Function;

/**
 * Whether a transient field is null in a deserialised instance (spec section 4): the rules of
 * {@link JavaSemantics}, read from the class's summaries.
 */
final class Deserialisation {

  private final Function<Body, BodySummary> summaries;
  private final JavacPolicy policy;

  Deserialisation(Function<Body, BodySummary> summaries, JavacPolicy policy) {
    this.summaries = summaries;
    this.policy = policy;
  }

  boolean leavesNull(ClassIndex.ClassInfo owner, VarSymbol field) {
    if ((field.flags() & Flags.TRANSIENT) == 0 || !policy.isDeserialisedWithoutConstructor(owner.symbol)) {
      return false;
    }
    boolean isAbstract = (owner.symbol.flags() & Flags.ABSTRACT) != 0;
    for (Body method : owner.methods) {
      if (restores(method, field, isAbstract)) {
        return false;
      }
    }
    return true;
  }

  private boolean restores(Body method, VarSymbol field, boolean isAbstractClass) {
    MethodSymbol symbol = method.method();
    String name = symbol.getSimpleName().toString();
    int parameters = symbol.getParameters().size();
    if (parameters == 0
        && (name.equals(JavaSemantics.READ_RESOLVE) || name.equals(JavaSemantics.WRITE_REPLACE))) {
      return true;
    }
    BodySummary summary = summaries.apply(method);
    if (name.equals(JavaSemantics.READ_OBJECT) && parameters == 1) {
      return (field.flags() & Flags.FINAL) != 0
          || !summary.returnsNormally()
          || summary.assignsNonNull(field);
    }
    return isAbstractClass && !symbol.isPrivate() && !symbol.isStatic() && summary.assignsNonNull(field);
  }
}
