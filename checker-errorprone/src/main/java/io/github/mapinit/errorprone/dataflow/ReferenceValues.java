package io.github.mapinit.errorprone.dataflow;

import io.github.mapinit.policy.flow.ReferenceValue;
import javax.lang.model.element.ElementKind;
import org.checkerframework.errorprone.dataflow.cfg.node.ArrayCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.NullLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.StringConcatenateNode;
import org.checkerframework.errorprone.dataflow.cfg.node.StringLiteralNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TernaryExpressionNode;
import org.checkerframework.errorprone.dataflow.cfg.node.TypeCastNode;

/**
 * What an expression of the dataflow graph says of its nullness, as policy {@link ReferenceValue}.
 */
final class ReferenceValues {

  private ReferenceValues() {}

  static ReferenceValue of(Node expression) {
    if (expression instanceof ObjectCreationNode
        || expression instanceof ArrayCreationNode
        || expression instanceof StringLiteralNode
        || expression instanceof StringConcatenateNode) {
      return ReferenceValue.OBJECT;
    }
    if (expression instanceof NullLiteralNode) {
      return ReferenceValue.NULL;
    }
    if (expression instanceof MethodInvocationNode
        || (expression instanceof LocalVariableNode local
            && local.getElement().getKind() == ElementKind.PARAMETER)) {
      return ReferenceValue.PRESUMED_OBJECT;
    }
    if (expression instanceof TypeCastNode cast) {
      return of(cast.getOperand());
    }
    if (expression instanceof TernaryExpressionNode choice) {
      return of(choice.getThenOperand()).or(of(choice.getElseOperand()));
    }
    return ReferenceValue.UNKNOWN;
  }
}
