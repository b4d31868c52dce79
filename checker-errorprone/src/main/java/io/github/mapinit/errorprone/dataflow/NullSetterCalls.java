package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.NullSetters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Policy {@link NullSetters}: the methods of the unit that store a parameter straight in a tracked
 * field of their object, and that code of the unit calls with the literal {@code null} for that
 * parameter. The SpotBugs plugin reads the same from the bytecode.
 */
final class NullSetterCalls {

  /** A method's parameter (by position) that it stores in {@code field}. */
  private record Stored(MethodSymbol method, int position, VarSymbol field) {}

  /**
   * @param nullParameters by method, the positions of its parameters given null, each with the line
   *     of the first call that does
   * @param fields the fields those parameters are stored in
   */
  record Found(Map<MethodSymbol, Map<Integer, Integer>> nullParameters, Set<VarSymbol> fields) {
    static final Found NONE = new Found(Map.of(), Set.of());
  }

  private NullSetterCalls() {}

  static Found in(CompilationUnitTree unit, ClassIndex index) {
    Map<MethodSymbol, List<Stored>> setters = new HashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(node);
        if (method != null
            && !method.isStatic()
            && !method.isConstructor()
            && node.getBody() != null) {
          List<Stored> stored = storedParameters(node, method, index);
          if (!stored.isEmpty()) {
            setters.put(method, stored);
          }
        }
        return super.visitMethod(node, null);
      }
    }.scan(unit, null);
    if (setters.isEmpty()) {
      return Found.NONE;
    }
    Map<MethodSymbol, Map<Integer, Integer>> nullParameters = new HashMap<>();
    Set<VarSymbol> fields = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        Symbol called = ASTHelpers.getSymbol(node);
        List<Stored> stored = called instanceof MethodSymbol ? setters.get(called) : null;
        if (stored != null) {
          for (Stored parameter : stored) {
            if (parameter.position() < node.getArguments().size()
                && NullConstructorArguments.isNull(node.getArguments().get(parameter.position()))) {
              int line = (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(node));
              nullParameters
                  .computeIfAbsent(parameter.method(), m -> new HashMap<>())
                  .merge(parameter.position(), line, Math::min);
              fields.add(parameter.field());
            }
          }
        }
        return super.visitMethodInvocation(node, null);
      }
    }.scan(unit, null);
    return new Found(nullParameters, fields);
  }

  /**
   * The parameters that {@code method} stores straight in a tracked instance field of its class, as
   * {@link NullSetters} says: {@code this.f = p;} at the top level of its body, after no statement
   * that may return, the only store of {@code f} in it and the only read of {@code p}.
   */
  private static List<Stored> storedParameters(
      MethodTree tree, MethodSymbol method, ClassIndex index) {
    List<Stored> stored = new ArrayList<>();
    boolean mayHaveReturned = false;
    for (StatementTree statement : tree.getBody().getStatements()) {
      if (!mayHaveReturned
          && statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && ASTHelpers.getSymbol(assignment.getVariable()) instanceof VarSymbol field
          && !field.isStatic()
          && field.owner == method.owner
          && index.isTrackedField(field)
          && onOwnObject(assignment.getVariable())
          && ASTHelpers.getSymbol(assignment.getExpression()) instanceof VarSymbol parameter
          && assignment.getExpression() instanceof IdentifierTree) {
        int position = method.getParameters().indexOf(parameter);
        if (position >= 0
            && NullConstructorArguments.references(tree.getBody(), parameter) == 1
            && stores(tree.getBody(), field) == 1) {
          stored.add(new Stored(method, position, field));
        }
      }
      mayHaveReturned |= containsReturn(statement);
    }
    return stored;
  }

  /** {@code f} or {@code this.f}. */
  private static boolean onOwnObject(ExpressionTree target) {
    return target instanceof IdentifierTree
        || (target instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("this"));
  }

  private static int stores(Tree body, VarSymbol field) {
    int[] count = {0};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (ASTHelpers.getSymbol(node.getVariable()) == field) {
          count[0]++;
        }
        return super.visitAssignment(node, null);
      }
    }.scan(body, null);
    return count[0];
  }

  private static boolean containsReturn(Tree statement) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        found[0] = true;
        return null;
      }
    }.scan(statement, null);
    return found[0];
  }
}
