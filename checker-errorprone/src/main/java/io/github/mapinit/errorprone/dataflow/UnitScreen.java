package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.VarSymbol;

/**
 * Whether a compilation unit can report at all, decided by one walk over its trees: every tracked
 * place is a variable of a tracked type that the unit declares (a field of one of its classes, or a
 * local, parameter or pattern variable of one of its bodies), so a unit that declares none has
 * nothing to analyse. Most files of real code declare no map; they skip the index, the relevance
 * scans and the ordering checks, and load none of the dataflow framework.
 */
public final class UnitScreen {

  private UnitScreen() {}

  /** Whether {@code unit} declares a variable of a type that {@code policy} tracks. */
  public static boolean declaresTrackedVariable(CompilationUnitTree unit, JavacPolicy policy) {
    Scanner scanner = new Scanner(policy);
    scanner.scan(unit, null);
    return scanner.found;
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    private final JavacPolicy policy;
    private boolean found;

    Scanner(JavacPolicy policy) {
      this.policy = policy;
    }

    @Override
    public Void scan(com.sun.source.tree.Tree tree, Void unused) {
      // Once one is found the answer is known.
      return found ? null : super.scan(tree, null);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      VarSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol != null && policy.isTracked(symbol.type)) {
        found = true;
        return null;
      }
      return super.visitVariable(tree, null);
    }
  }
}
