package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Objects that a class's static initialisation builds before it assigns a static field that their
 * constructor stores (policy {@link NullCause.BuiltBeforeStaticInitialiser}): {@code static final
 * Table DEFAULT = new Table();} above {@code static Map<..> builtins = load();}, where {@code
 * Table()} does {@code this.aliases = builtins;} at its top level; or, in a holder class, {@code
 * static final Registry GLOBAL = new Registry();} above {@code static final Map<..> COMMON_TAGS =
 * ..;}, where {@code Registry()} does {@code this.baseTags = Defaults.COMMON_TAGS;}. The SpotBugs
 * plugin reads the same from the bytecode of the class initialiser.
 */
final class EarlyStaticConstructions {

  private final JavacPolicy policy;
  private final CompilationUnitTree unit;
  // For each constructor of the unit: the tracked instance field it stores a static field in.
  private final Map<MethodSymbol, Map<VarSymbol, VarSymbol>> staticCopies = new LinkedHashMap<>();
  // For each static field: where the static initialisation first assigns it.
  private final Map<VarSymbol, Tree> firstStaticAssignment = new LinkedHashMap<>();
  private final List<Construction> constructions = new ArrayList<>();

  /**
   * A {@code new} that the static initialisation of {@code initialising} runs: of that class, or of
   * another class of the unit whose constructor stores one of its static fields.
   */
  private record Construction(
      MethodSymbol constructor, NewClassTree at, ClassSymbol initialising) {}

  private EarlyStaticConstructions(CompilationUnitTree unit, JavacPolicy policy) {
    this.unit = unit;
    this.policy = policy;
  }

  /** By instance field: why objects built early hold it null. */
  static Map<VarSymbol, List<NullCause>> in(CompilationUnitTree unit, JavacPolicy policy) {
    EarlyStaticConstructions scan = new EarlyStaticConstructions(unit, policy);
    scan.collect();
    return scan.resolve();
  }

  private void collect() {
    new TreeScanner<Void, Void>() {
      private @Nullable ClassSymbol staticInitialisationOf;

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        ClassSymbol type = ASTHelpers.getSymbol(node);
        ClassSymbol outer = staticInitialisationOf;
        staticInitialisationOf = null;
        for (Tree member : node.getMembers()) {
          VarSymbol declared =
              member instanceof VariableTree variable ? ASTHelpers.getSymbol(variable) : null;
          if (member instanceof VariableTree variable
              && declared != null
              && declared.isStatic()
              && variable.getInitializer() != null) {
            firstStaticAssignment.putIfAbsent(declared, variable);
            staticInitialisationOf = type;
            scan(variable.getInitializer(), null);
            staticInitialisationOf = null;
          } else if (member instanceof BlockTree block && block.isStatic()) {
            staticInitialisationOf = type;
            scan(block, null);
            staticInitialisationOf = null;
          } else {
            scan(member, null);
          }
        }
        staticInitialisationOf = outer;
        return null;
      }

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(node);
        if (method != null && method.isConstructor() && node.getBody() != null) {
          Map<VarSymbol, VarSymbol> copies = staticCopies(node.getBody(), method);
          if (!copies.isEmpty()) {
            staticCopies.put(method, copies);
          }
        }
        return super.visitMethod(node, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (staticInitialisationOf != null
            && ASTHelpers.getSymbol(node.getVariable()) instanceof VarSymbol field
            && field.isStatic()
            && field.owner == staticInitialisationOf) {
          firstStaticAssignment.putIfAbsent(field, node);
        }
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        MethodSymbol constructor = ASTHelpers.getSymbol(node);
        if (staticInitialisationOf != null && node.getClassBody() == null && constructor != null) {
          constructions.add(new Construction(constructor, node, staticInitialisationOf));
        }
        return super.visitNewClass(node, null);
      }

      @Override
      public Void visitLambdaExpression(
          com.sun.source.tree.LambdaExpressionTree node, Void unused) {
        // Its body runs whenever it is called, not as part of the initialisation.
        ClassSymbol outer = staticInitialisationOf;
        staticInitialisationOf = null;
        super.visitLambdaExpression(node, null);
        staticInitialisationOf = outer;
        return null;
      }
    }.scan(unit, null);
  }

  /**
   * {@code this.f = S;} (or {@code f = S;}) at the top level of a constructor that does not start
   * with {@code this(...)}: a static field of its class stored in a tracked instance field that the
   * constructor assigns nowhere else.
   */
  private Map<VarSymbol, VarSymbol> staticCopies(BlockTree body, MethodSymbol constructor) {
    Map<VarSymbol, VarSymbol> copies = new LinkedHashMap<>();
    if (NullConstructorArguments.startsWithThisCall(body)) {
      return copies;
    }
    for (StatementTree statement : body.getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment) {
        VarSymbol field =
            NullConstructorArguments.fieldOfRunningObject(
                assignment.getVariable(), constructor.owner);
        VarSymbol source = staticField(assignment.getExpression());
        if (field != null
            && source != null
            && policy.isTracked(field.type)
            && NullConstructorArguments.assignments(body, field) == 1) {
          copies.put(field, source);
        }
      }
    }
    return copies;
  }

  /** A tracked static field, of the constructor's class or of another class. */
  private @Nullable VarSymbol staticField(ExpressionTree value) {
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(value));
    return symbol instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && field.isStatic()
            && policy.isTracked(field.type)
        ? field
        : null;
  }

  private Map<VarSymbol, List<NullCause>> resolve() {
    Map<VarSymbol, List<NullCause>> found = new LinkedHashMap<>();
    for (Construction construction : constructions) {
      Map<VarSymbol, VarSymbol> copies = staticCopies.get(construction.constructor());
      if (copies == null) {
        continue;
      }
      long at = ASTHelpers.getStartPosition(construction.at());
      copies.forEach(
          (field, source) -> {
            // Only the class being initialised can hold its own static field null meanwhile.
            Tree assignment =
                source.owner == construction.initialising()
                    ? firstStaticAssignment.get(source)
                    : null;
            if (assignment != null && ASTHelpers.getStartPosition(assignment) > at) {
              NullCause cause =
                  new NullCause.BuiltBeforeStaticInitialiser(
                      ClassIndex.signature(construction.constructor()),
                      source.getSimpleName().toString(),
                      lineOf(construction.at()),
                      lineOf(assignment));
              List<NullCause> causes = found.computeIfAbsent(field, f -> new ArrayList<>());
              if (!causes.contains(cause)) {
                causes.add(cause);
              }
            }
          });
    }
    return found;
  }

  private int lineOf(Tree tree) {
    return (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(tree));
  }
}
