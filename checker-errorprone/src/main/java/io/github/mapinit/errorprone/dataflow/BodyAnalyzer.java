package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.ResultVouchers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.type.TypeKind;
import org.checkerframework.errorprone.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.errorprone.dataflow.analysis.TransferInput;
import org.checkerframework.errorprone.dataflow.analysis.TransferResult;
import org.checkerframework.errorprone.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.block.Block;
import org.checkerframework.errorprone.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.errorprone.dataflow.cfg.builder.CFGBuilder;
import org.checkerframework.errorprone.dataflow.cfg.node.BooleanLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ReturnNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.org.plumelib.util.IPair;
import org.jspecify.annotations.Nullable;

/** Runs the dataflow analysis over one body's control flow graph and summarises the result. */
final class BodyAnalyzer {

  /**
   * The Checker Framework's dataflow widens a block's store after this many stores have reached it
   * (every predecessor's, changed or not), and the store widens by dropping its flags only if it
   * still changes (policy {@code FlagFacts.ROUNDS_BEFORE_WIDENING}): a bound that a body whose
   * flags settle never meets, and that ends one whose flags do not.
   */
  private static final int STORES_BEFORE_WIDENING = 1000;

  private final ProcessingEnvironment processingEnvironment;
  private final AnalysisEnvironment environment;

  BodyAnalyzer(ProcessingEnvironment processingEnvironment, AnalysisEnvironment environment) {
    this.processingEnvironment = processingEnvironment;
    this.environment = environment;
  }

  /** The summary of {@code body} run from {@code initialStore}; {@code earlierUses} come first. */
  BodySummary analyze(Body body, PlaceStore initialStore, List<Use> earlierUses) {
    // Assertions may be disabled at run time, so an assert is never a null check. The path is
    // given, not searched for: searching the compilation unit for every body made the cost of a
    // file grow with the square of its size.
    UnderlyingAST ast = underlyingAst(body);
    TreePath code =
        ast.getCode() == body.tree() ? body.path() : new TreePath(body.path(), ast.getCode());
    ControlFlowGraph cfg = CFGBuilder.build(code, ast, false, true, processingEnvironment);
    MapInitTransfer transfer = new MapInitTransfer(body, environment, initialStore);
    ForwardAnalysisImpl<Nullness, PlaceStore, MapInitTransfer> analysis =
        new ForwardAnalysisImpl<>(STORES_BEFORE_WIDENING) {
          {
            // The constructor that takes the transfer function never widens.
            transferFunction = transfer;
          }
        };
    analysis.performAnalysis(cfg);
    // performAnalysis has set the graph that the exit stores read; NullAway cannot see that.
    @SuppressWarnings("NullAway")
    @Nullable PlaceStore exit = assignComponents(body, reachable(analysis.getRegularExitStore()));
    @SuppressWarnings("NullAway")
    @Nullable PlaceStore thrownOut = reachable(analysis.getExceptionalExitStore());
    @SuppressWarnings("NullAway")
    List<IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>>> returns =
        analysis.getReturnStatementStores();
    List<Use> uses = new ArrayList<>(earlierUses);
    uses.addAll(transfer.uses());
    // Read after the uses are taken: it may run the transfer again over a few nodes.
    Set<VarSymbol> resultVouched = resultVouchedFields(body, returns, analysis);
    return new BodySummary(
        body,
        ownFields(exit),
        uses,
        assignedFields(body, transfer),
        exit != null,
        thrownOut != null,
        ownFields(thrownOut),
        transfer.assignedFlags(),
        brokenFlagInvariants(
            body,
            transfer,
            exit,
            () -> thrownOut == null ? List.of() : thrownAt(cfg, analysis, transfer, thrownOut)),
        exit == null ? Map.of() : exit.ownFlagValues(),
        parametersTrueOnReturn(body, exit),
        returnedFieldTest(body, returns, environment::isTrackedField),
        resultVouched,
        returnsOwnNull(returns));
  }

  /**
   * The stores with which exceptions leave the body, each where it is thrown: before the node that
   * throws, as the SpotBugs engine checks them, so that each keeps what its own point knows (a
   * snapshot of a flag taken before the throwing call is not lost in a join with a point that has
   * none). A path that reaches the exceptional exit other than from a throwing node (the rethrow of
   * a {@code finally} block) is checked in {@code joined}, where they all meet.
   */
  private static List<PlaceStore> thrownAt(
      ControlFlowGraph cfg,
      ForwardAnalysisImpl<Nullness, PlaceStore, MapInitTransfer> analysis,
      MapInitTransfer transfer,
      PlaceStore joined) {
    Block exceptionalExit = cfg.getExceptionalExitBlock();
    List<PlaceStore> stores = new ArrayList<>();
    for (Block predecessor : exceptionalExit.getPredecessors()) {
      if (!(predecessor instanceof ExceptionBlock thrower)
          || thrower.getExceptionalSuccessors().values().stream()
              .noneMatch(successors -> successors.contains(exceptionalExit))) {
        return List.of(joined);
      }
      if (transfer.onlyErrorsLeave(thrower)) {
        continue;
      }
      TransferInput<Nullness, PlaceStore> input = analysis.getInput(thrower);
      PlaceStore before = input == null ? null : reachable(input.getRegularStore());
      if (before != null) {
        stores.add(before);
      }
    }
    return stores;
  }

  /** Whether a return gives a local variable that holds a null of this body's code there. */
  private static boolean returnsOwnNull(
      List<IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>>> returns) {
    for (IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>> returned : returns) {
      TransferResult<Nullness, PlaceStore> result = returned.second;
      if (result != null
          && !result.getRegularStore().isUnreachable()
          && returned.first.getResult() instanceof LocalVariableNode local
          && local.getElement() instanceof VarSymbol variable
          && !result.getRegularStore().get(Place.local(variable)).nullCauses().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A record's canonical constructor ends by assigning its components from its parameters of the
   * same names, as javac adds it after this analysis runs.
   */
  private @Nullable PlaceStore assignComponents(Body body, @Nullable PlaceStore exit) {
    MethodSymbol method = body.method();
    if (exit == null || method == null) {
      return exit;
    }
    for (VarSymbol field : environment.componentsAssignedAtEnd(body)) {
      for (VarSymbol parameter : method.getParameters()) {
        if (parameter.getSimpleName().equals(field.getSimpleName())) {
          exit =
              exit.assign(
                  Place.thisField(field), storedAtEnd(body, exit.get(Place.local(parameter))));
        }
      }
    }
    return exit;
  }

  /**
   * The value javac's own assignment at the end of a compact constructor stores: a null the body
   * gave the parameter is one assigned where the constructor is declared, as in the bytecode.
   */
  private Nullness storedAtEnd(Body body, Nullness parameter) {
    if (parameter.nullCauses().isEmpty()) {
      return parameter;
    }
    Nullness stored =
        Nullness.nullBecause(
            new NullCause.AssignedNull(
                environment.lineOf(body.tree()), !parameter.mayHoldNonNull()));
    return parameter.mayHoldNonNull() ? stored.leastUpperBound(Nullness.NON_NULL) : stored;
  }

  private Set<VarSymbol> assignedFields(Body body, MapInitTransfer transfer) {
    List<VarSymbol> components = environment.componentsAssignedAtEnd(body);
    if (components.isEmpty()) {
      return transfer.assignedFields();
    }
    Set<VarSymbol> assigned = new LinkedHashSet<>(transfer.assignedFields());
    assigned.addAll(components);
    return assigned;
  }

  /**
   * For an instance method returning a reference, the tracked fields of the object that its result
   * vouches for where it is an object (policy {@link ResultVouchers}): those non-null at every
   * return of a value that may be one. A returned conditional counts each arm where it is chosen.
   */
  private static Set<VarSymbol> resultVouchedFields(
      Body body,
      List<IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>>> returns,
      ForwardAnalysisImpl<Nullness, PlaceStore, MapInitTransfer> analysis) {
    MethodSymbol method = body.method();
    if (method == null
        || method.isStatic()
        || method.getReturnType().isPrimitiveOrVoid()
        || returns.isEmpty()) {
      return Set.of();
    }
    List<ResultVouchers.Return<VarSymbol>> seen = new ArrayList<>();
    for (IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>> returned : returns) {
      TransferResult<Nullness, PlaceStore> result = returned.second;
      Node value = returned.first.getResult();
      if (result == null || result.getRegularStore().isUnreachable() || value == null) {
        continue;
      }
      addReturn(method, value, result.getRegularStore(), analysis, seen);
    }
    return ResultVouchers.vouchedBy(seen);
  }

  private static void addReturn(
      MethodSymbol method,
      Node value,
      PlaceStore store,
      ForwardAnalysisImpl<Nullness, PlaceStore, MapInitTransfer> analysis,
      List<ResultVouchers.Return<VarSymbol>> seen) {
    if (value instanceof NullLiteralNode) {
      seen.add(ResultVouchers.Return.ofNull());
      return;
    }
    if (value instanceof TernaryExpressionNode ternary) {
      // Where the paths met the arms' stores were joined; each arm's own store tells more.
      for (Node arm : List.of(ternary.getThenOperand(), ternary.getElseOperand())) {
        PlaceStore atArm = arm instanceof NullLiteralNode ? store : storeAfter(arm, analysis);
        addReturn(method, arm, atArm == null ? store : atArm, analysis, seen);
      }
      return;
    }
    Set<VarSymbol> nonNull = new LinkedHashSet<>();
    VarSymbol flag =
        value instanceof LocalVariableNode local
                && local.getElement() instanceof VarSymbol variable
                && !variable.type.isPrimitive()
            ? variable
            : null;
    if (flag != null && store.knownFlagValue(flag).map(held -> !held).orElse(false)) {
      // A local that holds null wherever this return is reached.
      seen.add(ResultVouchers.Return.ofNull());
      return;
    }
    for (Symbol member : method.owner.getEnclosedElements()) {
      if (!(member instanceof VarSymbol field) || field.isStatic() || field.type.isPrimitive()) {
        continue;
      }
      Place place = Place.thisField(field);
      // A field non-null only because it was at entry does not count: that value is symbolic.
      Nullness held = store.explicitValues().get(place);
      if ((held != null && !held.mayBeNull() && !held.isBottom())
          || (flag != null && store.flagFacts().vouches(flag, true, place))) {
        nonNull.add(field);
      }
    }
    seen.add(ResultVouchers.Return.ofValue(nonNull));
  }

  // Called after performAnalysis, which set the graph the result reads; NullAway cannot see that.
  @SuppressWarnings("NullAway")
  private static @Nullable PlaceStore storeAfter(
      Node node, ForwardAnalysisImpl<Nullness, PlaceStore, MapInitTransfer> analysis) {
    PlaceStore after = analysis.getResult().getStoreAfter(node);
    return after == null || after.isUnreachable() ? null : after;
  }

  /**
   * For an instance method returning a boolean, the tracked field of the object that every return
   * of {@code true} (or of {@code false}) leaves non-null, where every return returns a literal:
   * its result vouches for the field where a caller tests it. A field non-null only because it was
   * at entry does not count: its entry value is symbolic here.
   */
  private static Optional<AnalysisEnvironment.TestedField> returnedFieldTest(
      Body body,
      List<IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>>> returns,
      Predicate<VarSymbol> tracked) {
    List<VarSymbol> trackedFields = null;
    MethodSymbol method = body.method();
    if (method == null
        || method.isStatic()
        || method.getReturnType().getKind() != TypeKind.BOOLEAN
        || returns.isEmpty()) {
      return Optional.empty();
    }
    Map<Boolean, @Nullable Set<VarSymbol>> nonNullWhen = new LinkedHashMap<>();
    for (IPair<ReturnNode, @Nullable TransferResult<Nullness, PlaceStore>> returned : returns) {
      TransferResult<Nullness, PlaceStore> result = returned.second;
      if (result == null || result.getRegularStore().isUnreachable()) {
        continue;
      }
      Node returnedValue = returned.first.getResult();
      VarSymbol compared = null;
      if (returnedValue != null
          && !(returnedValue instanceof BooleanLiteralNode)
          && returnedValue.getTree() instanceof ExpressionTree expression) {
        if (trackedFields == null) {
          trackedFields = ownTrackedFields(body, tracked);
        }
        compared = NullTests.fieldComparedWithNull(expression, trackedFields).orElse(null);
      }
      if (!(returnedValue instanceof BooleanLiteralNode) && compared == null) {
        return Optional.empty();
      }
      Set<VarSymbol> nonNull = new LinkedHashSet<>();
      result
          .getRegularStore()
          .explicitValues()
          .forEach(
              (place, value) -> {
                if (place.kind() == Place.Kind.THIS_FIELD
                    && !value.mayBeNull()
                    && !value.isBottom()) {
                  nonNull.add(place.variable());
                }
              });
      if (returnedValue instanceof BooleanLiteralNode literal) {
        keepCommon(nonNullWhen, Boolean.TRUE.equals(literal.getValue()), nonNull);
      } else {
        // `return prefetched != null;` after code that may fill the field: the result says
        // whether the field is null where the body returns, as a lone such return does.
        boolean nonNullResult =
            ASTHelpers.stripParentheses((ExpressionTree) returnedValue.getTree()).getKind()
                == Tree.Kind.NOT_EQUAL_TO;
        Set<VarSymbol> withField = new LinkedHashSet<>(nonNull);
        withField.add(compared);
        nonNull.remove(compared);
        keepCommon(nonNullWhen, nonNullResult, withField);
        keepCommon(nonNullWhen, !nonNullResult, nonNull);
      }
    }
    for (boolean value : new boolean[] {true, false}) {
      Set<VarSymbol> fields = nonNullWhen.get(value);
      if (fields != null && !fields.isEmpty()) {
        return Optional.of(new AnalysisEnvironment.TestedField(fields.iterator().next(), value));
      }
    }
    return Optional.empty();
  }

  /** The tracked instance fields that the body's class declares. */
  private static List<VarSymbol> ownTrackedFields(Body body, Predicate<VarSymbol> tracked) {
    List<VarSymbol> fields = new ArrayList<>();
    for (Symbol member : body.owner().getEnclosedElements()) {
      if (member instanceof VarSymbol field && !field.isStatic() && tracked.test(field)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** What a return of {@code value} leaves non-null, kept where every such return agrees. */
  private static void keepCommon(
      Map<Boolean, @Nullable Set<VarSymbol>> nonNullWhen, boolean value, Set<VarSymbol> nonNull) {
    Set<VarSymbol> before = nonNullWhen.get(value);
    if (before == null) {
      nonNullWhen.put(value, nonNull);
    } else {
      before.retainAll(nonNull);
    }
  }

  /**
   * The boolean parameters that every normal exit found true where the body started: the body
   * returns only when its caller passed true ({@code if (!ok) throw ...}).
   */
  private static Set<Integer> parametersTrueOnReturn(Body body, @Nullable PlaceStore exit) {
    if (exit == null || body.method() == null) {
      return Set.of();
    }
    Map<VarSymbol, Boolean> conditions = exit.entryConditions();
    Set<Integer> positions = new LinkedHashSet<>();
    List<VarSymbol> parameters = body.method().getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (Boolean.TRUE.equals(conditions.get(parameters.get(i)))) {
        positions.add(i);
      }
    }
    return positions;
  }

  /**
   * The promises "where this boolean field holds that value, that map field is non-null" that the
   * body breaks: it assigns the flag or the map, and at one of its exits the promise no longer
   * holds, though it held where the body started.
   */
  private Set<FlagInvariants.Implication> brokenFlagInvariants(
      Body body,
      MapInitTransfer transfer,
      @Nullable PlaceStore exit,
      Supplier<List<PlaceStore>> thrownAt) {
    AnalysisEnvironment.FlagCandidates candidates = environment.flagCandidates(body);
    if (candidates.flags().isEmpty()) {
      return Set.of();
    }
    Set<FlagInvariants.Implication> broken = new LinkedHashSet<>();
    if (body.kind() == Body.Kind.INSTANCE_INITIALIZER) {
      // It runs only as part of each constructor, whose exits are checked with it.
      return Set.of();
    }
    // A constructor that throws leaves no object for a method to run on.
    List<PlaceStore> thrownOut = body.kind() == Body.Kind.CONSTRUCTOR ? List.of() : thrownAt.get();
    for (VarSymbol flag : candidates.flags()) {
      if (flag.isStatic() && body.kind() == Body.Kind.STATIC_INITIALIZER) {
        // Policy StaticFlags: it is assigned there, before any object of the class exists.
        continue;
      }
      for (VarSymbol field : candidates.fields()) {
        if (!FlagPromises.mayRelate(flag, field)
            || (field.isStatic() && body.kind() == Body.Kind.STATIC_INITIALIZER)) {
          // Policy StaticPromises: the static initialisation as a whole is checked instead.
          continue;
        }
        if (body.kind() != Body.Kind.CONSTRUCTOR
            && !transfer.assignedFlags().contains(flag)
            && !transfer.assignedFields().contains(field)) {
          // A method that touches neither keeps what held where it started; a constructor
          // starts from a new object's nulls and falses, which may not keep it.
          continue;
        }
        for (boolean value : new boolean[] {true, false}) {
          Set<VarSymbol> snapshots = transfer.snapshotsOf(flag);
          if ((exit != null && !exit.keepsFlagInvariant(flag, value, field, snapshots))
              || thrownOut.stream()
                  .anyMatch(thrown -> !thrown.keepsFlagInvariant(flag, value, field, snapshots))) {
            broken.add(AnalysisEnvironment.FlagCandidates.implication(flag, value, field));
          }
        }
      }
    }
    return broken;
  }

  private static @Nullable PlaceStore reachable(@Nullable PlaceStore store) {
    return store == null || store.isUnreachable() ? null : store;
  }

  private static Map<VarSymbol, Nullness> ownFields(@Nullable PlaceStore store) {
    Map<VarSymbol, Nullness> values = new LinkedHashMap<>();
    if (store != null) {
      store
          .explicitValues()
          .forEach(
              (place, value) -> {
                if (place.isOwnField()) {
                  values.put(place.variable(), value);
                }
              });
    }
    return values;
  }

  private static UnderlyingAST underlyingAst(Body body) {
    switch (body.kind()) {
      case CONSTRUCTOR:
      case METHOD:
        return new UnderlyingAST.CFGMethod((MethodTree) body.tree(), body.classTree());
      case LAMBDA:
        return new UnderlyingAST.CFGLambda(
            (LambdaExpressionTree) body.tree(), body.classTree(), enclosingMethod(body.path()));
      default:
        return new UnderlyingAST.CFGStatement(body.tree(), body.classTree());
    }
  }

  private static @Nullable MethodTree enclosingMethod(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree) {
        return (MethodTree) p.getLeaf();
      }
      if (p.getLeaf() instanceof com.sun.source.tree.ClassTree) {
        return null;
      }
    }
    return null;
  }
}
