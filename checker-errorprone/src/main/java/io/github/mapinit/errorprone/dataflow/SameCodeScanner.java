package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreeScanner;

/**
 * A scan of the code that runs where a body runs: not into the lambdas and classes declared in it,
 * whose code runs when they are called.
 */
class SameCodeScanner extends TreeScanner<Void, Void> {
  @Override
  public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
    return null;
  }

  @Override
  public Void visitClass(ClassTree nested, Void unused) {
    return null;
  }
}
