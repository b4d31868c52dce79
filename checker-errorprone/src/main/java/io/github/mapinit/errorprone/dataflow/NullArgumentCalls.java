package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.NullArguments;
import io.github.mapinit.policy.rules.NullSetters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The calls of the unit that give the literal {@code null} for a tracked parameter of one of its
 * own methods, and what that parameter is: one that the method stores straight in a tracked field
 * of its object (policy {@link NullSetters}: the field may be null after the call), or any other
 * (policy {@link NullArguments}: the parameter may be null where the method starts). The SpotBugs
 * plugin reads the same from the bytecode.
 */
final class NullArgumentCalls {

  /**
   * What the calls of the unit give its methods.
   *
   * @param causes by method, why each of its parameters given null may be null where it starts
   * @param storedIn by method, the tracked field that each of those parameters that it stores in
   *     one (policy {@link NullSetters}) goes to
   */
  record Found(
      Map<MethodSymbol, Map<Integer, NullCause>> causes,
      Map<MethodSymbol, Map<Integer, VarSymbol>> storedIn) {
    static final Found NONE = new Found(Map.of(), Map.of());

    /** The fields that setters given null store their parameter in. */
    Set<VarSymbol> fields() {
      Set<VarSymbol> fields = new LinkedHashSet<>();
      storedIn.values().forEach(stored -> fields.addAll(stored.values()));
      return fields;
    }

    /** The parameters given null that their methods do not store in a field. */
    Set<VarSymbol> parameters() {
      Set<VarSymbol> parameters = new LinkedHashSet<>();
      causes.forEach(
          (method, positions) -> {
            Map<Integer, VarSymbol> stored = storedIn.getOrDefault(method, Map.of());
            for (int position : positions.keySet()) {
              if (!stored.containsKey(position)) {
                parameters.add(method.getParameters().get(position));
              }
            }
          });
      return parameters;
    }
  }

  private NullArgumentCalls() {}

  /**
   * @param localsOnlyNull the local variables of the unit that hold null wherever they are read
   */
  static Found in(
      CompilationUnitTree unit, ClassIndex index, JavacPolicy policy, Set<Symbol> localsOnlyNull) {
    Map<MethodSymbol, Map<Integer, Integer>> givenLiteral = new LinkedHashMap<>();
    Map<MethodSymbol, Set<Integer>> passedOn = new LinkedHashMap<>();
    Map<MethodSymbol, Map<Integer, Integer>> givenNull =
        givenNull(unit, index, policy, localsOnlyNull, givenLiteral, passedOn);
    if (givenNull.isEmpty()) {
      return Found.NONE;
    }
    Map<MethodSymbol, Map<Integer, NullCause>> causes = new LinkedHashMap<>();
    Map<MethodSymbol, Map<Integer, VarSymbol>> storedIn = new LinkedHashMap<>();
    givenNull.forEach(
        (method, positions) -> {
          Body body = index.bodyOf(method);
          Map<Integer, VarSymbol> stored =
              body == null ? Map.of() : storedParameters((MethodTree) body.tree(), method, index);
          Map<Integer, Integer> literals = givenLiteral.getOrDefault(method, Map.of());
          Map<Integer, NullCause> byPosition = new LinkedHashMap<>();
          positions.forEach(
              (position, line) -> {
                VarSymbol field = stored.get(position);
                NullArguments.causeOf(
                        field != null,
                        literals.get(position),
                        line,
                        passedOn.getOrDefault(method, Set.of()).contains(position))
                    .ifPresent(
                        cause -> {
                          byPosition.put(position, cause);
                          if (field != null) {
                            storedIn
                                .computeIfAbsent(method, m -> new LinkedHashMap<>())
                                .put(position, field);
                          }
                        });
              });
          causes.put(method, byPosition);
        });
    return new Found(causes, storedIn);
  }

  /**
   * The tracked parameters of the unit's methods (not constructors, which {@link
   * NullConstructorArguments} follows) that a call of the unit gives null: the literal, a
   * conditional with a null branch, or a local variable that holds null wherever it is read; those
   * given the literal are noted in {@code givenLiteral} too, those given null only by a parameter
   * passed on in {@code passedOn}.
   */
  private static Map<MethodSymbol, Map<Integer, Integer>> givenNull(
      CompilationUnitTree unit,
      ClassIndex index,
      JavacPolicy policy,
      Set<Symbol> localsOnlyNull,
      Map<MethodSymbol, Map<Integer, Integer>> givenLiteral,
      Map<MethodSymbol, Set<Integer>> passedOn) {
    Map<MethodSymbol, Map<Integer, Integer>> givenNull = new LinkedHashMap<>();
    List<NullArguments.PassOn<Parameter>> passOns = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        MethodSymbol called = ASTHelpers.getSymbol(node);
        if (called != null && !called.isConstructor() && index.bodyOf(called) != null) {
          List<VarSymbol> parameters = called.getParameters();
          // The last parameter of a variable-arity method takes an array.
          int fixed = called.isVarArgs() ? parameters.size() - 1 : parameters.size();
          for (int position = 0;
              position < fixed && position < node.getArguments().size();
              position++) {
            ExpressionTree argument = node.getArguments().get(position);
            boolean literal = NullConstructorArguments.isNull(argument);
            if ((literal
                    || NullConstructorArguments.hasNullBranch(argument)
                    || localsOnlyNull.contains(ASTHelpers.getSymbol(argument)))
                && policy.isTracked(parameters.get(position).type)) {
              int line = (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(node));
              givenNull
                  .computeIfAbsent(called, m -> new LinkedHashMap<>())
                  .merge(position, line, Math::min);
              if (literal) {
                givenLiteral
                    .computeIfAbsent(called, m -> new LinkedHashMap<>())
                    .merge(position, line, Math::min);
              }
            } else if (argument instanceof IdentifierTree
                && ASTHelpers.getSymbol(argument) instanceof VarSymbol parameter
                && parameter.getKind() == ElementKind.PARAMETER
                && policy.isTracked(parameter.type)
                && policy.isTracked(parameters.get(position).type)) {
              int line = (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(node));
              if (parameter.owner instanceof MethodSymbol from) {
                passOns.add(
                    new NullArguments.PassOn<>(
                        new Parameter(from, from.getParameters().indexOf(parameter)),
                        new Parameter(called, position),
                        line));
              }
            }
          }
        }
        return super.visitMethodInvocation(node, null);
      }
    }.scan(unit, null);
    addForwarded(givenNull, passOns, index, passedOn);
    return givenNull;
  }

  /** A parameter, by position, of a method of the unit. */
  private record Parameter(MethodSymbol method, int position) {}

  /**
   * Policy NullArguments, passed on: adds to {@code givenNull} (and {@code passedOn}) the
   * parameters given null only through parameters that their methods only pass on ({@code
   * newRequest(method, path, query)} that only calls {@code buildUrl(path, query)}).
   */
  private static void addForwarded(
      Map<MethodSymbol, Map<Integer, Integer>> givenNull,
      List<NullArguments.PassOn<Parameter>> passOns,
      ClassIndex index,
      Map<MethodSymbol, Set<Integer>> passedOn) {
    Set<Parameter> direct = new LinkedHashSet<>();
    givenNull.forEach(
        (method, positions) ->
            positions.keySet().forEach(p -> direct.add(new Parameter(method, p))));
    NullArguments.passedOnNull(
            direct,
            passOns,
            parameter ->
                isOnlyPassedOn(
                    parameter.method().getParameters().get(parameter.position()),
                    parameter.method(),
                    index))
        .forEach(
            (parameter, line) -> {
              givenNull
                  .computeIfAbsent(parameter.method(), m -> new LinkedHashMap<>())
                  .put(parameter.position(), line);
              passedOn
                  .computeIfAbsent(parameter.method(), m -> new LinkedHashSet<>())
                  .add(parameter.position());
            });
  }

  /**
   * Whether every mention of {@code parameter} in its method is an argument of a call or of a
   * {@code new} there, outside any lambda or class body: the method neither tests, nor uses, nor
   * assigns it.
   */
  private static boolean isOnlyPassedOn(
      VarSymbol parameter, MethodSymbol method, ClassIndex index) {
    Body body = index.bodyOf(method);
    if (body == null) {
      return false;
    }
    boolean[] other = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (ASTHelpers.getSymbol(node) == parameter) {
          Tree parent = getCurrentPath().getParentPath().getLeaf();
          boolean argument =
              (parent instanceof MethodInvocationTree call && call.getArguments().contains(node))
                  || (parent instanceof NewClassTree creation
                      && creation.getArguments().contains(node));
          other[0] |= !argument;
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        other[0] |= mentions(node, parameter);
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        other[0] |= mentions(node, parameter);
        return null;
      }
    }.scan(body.path(), null);
    return !other[0];
  }

  private static boolean mentions(Tree tree, VarSymbol variable) {
    return NullConstructorArguments.references(tree, variable) > 0;
  }

  /**
   * The parameters that {@code method} stores straight in a tracked field of its class, as {@link
   * NullSetters} says: {@code this.f = p;} (or {@code F = p;} in a static method, of a static
   * field) at the top level of its body, after no statement that may return, the only store of
   * {@code f} in it and the only read of {@code p}.
   */
  private static Map<Integer, VarSymbol> storedParameters(
      MethodTree tree, MethodSymbol method, ClassIndex index) {
    Map<Integer, VarSymbol> stored = new LinkedHashMap<>();
    if (tree.getBody() == null) {
      return stored;
    }
    boolean mayHaveReturned = false;
    for (StatementTree statement : tree.getBody().getStatements()) {
      if (!mayHaveReturned
          && statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && ASTHelpers.getSymbol(assignment.getVariable()) instanceof VarSymbol field
          && field.isStatic() == method.isStatic()
          && field.owner == method.owner
          && index.isTrackedField(field)
          && (field.isStatic() || onOwnObject(assignment.getVariable()))
          && ASTHelpers.getSymbol(assignment.getExpression()) instanceof VarSymbol parameter
          && assignment.getExpression() instanceof IdentifierTree) {
        int position = method.getParameters().indexOf(parameter);
        if (position >= 0
            && NullConstructorArguments.references(tree.getBody(), parameter) == 1
            && stores(tree.getBody(), field) == 1) {
          stored.put(position, field);
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
