package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.mapinit.policy.rules.LazyPipelines;
import javax.lang.model.element.ElementKind;

/**
 * Where the expression that builds a stream pipeline takes its last stream (policy {@link
 * LazyPipelines}), read up the tree from one of its calls: along the calls chained on its result
 * while they return streams, to the first that does not (a terminal operation), or to the statement
 * that returns the stream or stores it in a field.
 */
final class PipelineEndings {

  private PipelineEndings() {}

  static LazyPipelines.Ending of(TreePath callPath, JavacPolicy policy) {
    TreePath current = callPath;
    while (current.getParentPath() != null) {
      Tree leaf = current.getLeaf();
      TreePath parentPath = current.getParentPath();
      Tree parent = parentPath.getLeaf();
      if (parent instanceof ParenthesizedTree) {
        current = parentPath;
        continue;
      }
      if (parent instanceof MemberSelectTree select
          && select.getExpression() == leaf
          && parentPath.getParentPath() != null
          && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree next
          && next.getMethodSelect() == select) {
        MethodSymbol operation = ASTHelpers.getSymbol(next);
        if (operation == null || !policy.isPipeline(operation.getReturnType())) {
          return LazyPipelines.Ending.TERMINAL_OPERATION;
        }
        current = parentPath.getParentPath();
        continue;
      }
      if (parent instanceof ReturnTree
          || (parent instanceof LambdaExpressionTree lambda && lambda.getBody() == leaf)) {
        return LazyPipelines.Ending.RETURNED;
      }
      Symbol target =
          parent instanceof AssignmentTree assignment && assignment.getExpression() == leaf
              ? ASTHelpers.getSymbol(assignment.getVariable())
              : null;
      if (target != null && target.getKind() == ElementKind.FIELD) {
        return LazyPipelines.Ending.STORED_IN_FIELD;
      }
      return LazyPipelines.Ending.OTHER;
    }
    return LazyPipelines.Ending.OTHER;
  }
}
