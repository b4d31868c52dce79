package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import io.github.mapinit.policy.rules.NullableResults;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the code around a map lookup asks the same map about the same key (policy {@code
 * NullableResults.missesEntry}): {@code if (!profiles.containsKey(name)) return;} before {@code
 * active = profiles.get(name);}. The same map and key are the same variable, a field read from one
 * (or from the class), or a constant: what SpotBugs can tell apart in bytecode too.
 */
final class KeyQueries {

  private KeyQueries() {}

  /** Whether the body around {@code lookup}, at {@code path}, asks its map about its key. */
  static boolean asked(MethodInvocationTree lookup, @Nullable TreePath path) {
    List<Object> map = operand(receiverOf(lookup));
    List<Object> key =
        lookup.getArguments().size() == 1 ? operand(lookup.getArguments().get(0)) : null;
    Tree body = path == null ? null : enclosingBody(path);
    if (map == null || key == null || body == null) {
      return false;
    }
    boolean[] asked = {false};
    new SameCodeScanner() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        asked[0] |=
            call.getArguments().size() == 1
                && ASTHelpers.getSymbol(call) != null
                && ASTHelpers.getSymbol(call)
                    .getSimpleName()
                    .contentEquals(NullableResults.KEY_QUERY)
                && map.equals(operand(receiverOf(call)))
                && key.equals(operand(call.getArguments().get(0)));
        return super.visitMethodInvocation(call, null);
      }
    }.scan(body, null);
    return asked[0];
  }

  /** The code that runs where the lookup runs: its lambda's or its method's body. */
  private static @Nullable Tree enclosingBody(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      if (at.getLeaf() instanceof LambdaExpressionTree lambda) {
        return lambda.getBody();
      }
      if (at.getLeaf() instanceof MethodTree method) {
        return method.getBody();
      }
    }
    return null;
  }

  private static @Nullable ExpressionTree receiverOf(MethodInvocationTree call) {
    return call.getMethodSelect() instanceof MemberSelectTree select
        ? select.getExpression()
        : null;
  }

  /**
   * What {@code expression} reads, as a list that equals another's where both read the same: the
   * symbols of a variable, or of a field and the variable it is read from, or a constant's value;
   * null for anything else.
   */
  private static @Nullable List<Object> operand(@Nullable ExpressionTree expression) {
    ExpressionTree stripped = expression == null ? null : ASTHelpers.stripParentheses(expression);
    if (stripped instanceof LiteralTree literal && literal.getValue() != null) {
      return List.of("constant", literal.getValue());
    }
    Symbol symbol = stripped == null ? null : ASTHelpers.getSymbol(stripped);
    if (!(symbol instanceof Symbol.VarSymbol)) {
      return null;
    }
    if (stripped instanceof IdentifierTree || symbol.isStatic()) {
      // `profiles`, `this.profiles` and `Registry.PROFILES` read the same wherever they appear.
      return List.of(symbol);
    }
    if (stripped instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree base) {
      Symbol holder = ASTHelpers.getSymbol(base);
      return base.getName().contentEquals("this")
          ? List.of(symbol)
          : holder instanceof Symbol.VarSymbol ? List.of(symbol, holder) : null;
    }
    return null;
  }
}
