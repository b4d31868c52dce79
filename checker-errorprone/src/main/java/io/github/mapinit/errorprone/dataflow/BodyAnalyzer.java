package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import org.checkerframework.errorprone.dataflow.analysis.ForwardAnalysisImpl;
import org.checkerframework.errorprone.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.errorprone.dataflow.cfg.UnderlyingAST;
import org.checkerframework.errorprone.dataflow.cfg.builder.CFGBuilder;
import org.jspecify.annotations.Nullable;

/** Runs the dataflow analysis over one body's control flow graph and summarises the result. */
final class BodyAnalyzer {

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
        new ForwardAnalysisImpl<>(transfer);
    analysis.performAnalysis(cfg);
    // performAnalysis has set the graph that the exit stores read; NullAway cannot see that.
    @SuppressWarnings("NullAway")
    @Nullable PlaceStore exit = reachable(analysis.getRegularExitStore());
    @SuppressWarnings("NullAway")
    @Nullable PlaceStore thrownOut = reachable(analysis.getExceptionalExitStore());
    List<Use> uses = new ArrayList<>(earlierUses);
    uses.addAll(transfer.uses());
    return new BodySummary(
        body, ownFields(exit), uses, transfer.assignedFields(), exit != null, ownFields(thrownOut));
  }

  private static @Nullable PlaceStore reachable(@Nullable PlaceStore store) {
    return store == null || store.isUnreachable() ? null : store;
  }

  private static Map<VarSymbol, Nullness> ownFields(@Nullable PlaceStore store) {
    Map<VarSymbol, Nullness> values = new HashMap<>();
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
