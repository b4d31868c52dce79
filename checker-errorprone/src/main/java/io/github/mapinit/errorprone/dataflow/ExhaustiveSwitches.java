package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.JavaSemantics;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The switch statements of a body that always run one of their cases (policy {@link
 * JavaSemantics#switchCoversEnum}): over an enum, naming every constant, without {@code default}.
 * The dataflow's graph still has an edge out of such a statement past its last case; that edge is
 * no path. A switch expression that names every constant has no test for its last case at all.
 */
final class ExhaustiveSwitches {

  private ExhaustiveSwitches() {}

  /**
   * The next to last case of each switch expression in {@code host} that names every constant of
   * its enum, with its last case: the graph has no test for the last case (the expression cannot
   * complete otherwise), so the path past the one before it is the last case's.
   */
  static Map<CaseTree, CaseTree> lastCasesAfter(Tree host) {
    Map<CaseTree, CaseTree> last = new IdentityHashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitSwitchExpression(SwitchExpressionTree expression, Void unused) {
        List<? extends CaseTree> cases = expression.getCases();
        if (cases.size() >= 2 && coversEnum(expression.getExpression(), cases)) {
          last.put(cases.get(cases.size() - 2), cases.get(cases.size() - 1));
        }
        return super.visitSwitchExpression(expression, null);
      }
    }.scan(host, null);
    return last;
  }

  /** The last case of each exhaustive switch statement in {@code host}. */
  static Set<CaseTree> lastCasesIn(Tree host) {
    Set<CaseTree> last = Collections.newSetFromMap(new IdentityHashMap<>());
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitSwitch(SwitchTree statement, Void unused) {
        List<? extends CaseTree> cases = statement.getCases();
        if (!cases.isEmpty() && coversEnum(statement.getExpression(), cases)) {
          last.add(cases.get(cases.size() - 1));
        }
        return super.visitSwitch(statement, null);
      }
    }.scan(host, null);
    return last;
  }

  private static boolean coversEnum(ExpressionTree selector, List<? extends CaseTree> cases) {
    Type type = ASTHelpers.getType(selector);
    if (type == null || type.tsym == null || type.tsym.getKind() != ElementKind.ENUM) {
      return false;
    }
    Set<String> named = new LinkedHashSet<>();
    for (CaseTree branch : cases) {
      if (branch.getExpressions().isEmpty()) {
        // default: the statement may complete through it already.
        return false;
      }
      for (ExpressionTree label : branch.getExpressions()) {
        Symbol constant = ASTHelpers.getSymbol(label);
        if (constant == null || constant.getKind() != ElementKind.ENUM_CONSTANT) {
          return false;
        }
        named.add(constant.getSimpleName().toString());
      }
    }
    int constants = 0;
    for (Symbol member : type.tsym.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        constants++;
      }
    }
    return JavaSemantics.switchCoversEnum(named.size(), constants);
  }
}
