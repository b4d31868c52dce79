package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;

/**
 * Whether a body returns anywhere: its own {@code return}s, not those of lambdas or classes in it.
 */
final class ReturnStatements extends TreeScanner<Boolean, Void> {

  private ReturnStatements() {}

  static boolean in(Tree body) {
    return Boolean.TRUE.equals(new ReturnStatements().scan(body, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean visitReturn(ReturnTree node, Void unused) {
    return true;
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree node, Void unused) {
    return false;
  }

  @Override
  public Boolean visitClass(ClassTree node, Void unused) {
    return false;
  }
}
