package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.function.Predicate;

/**
 * Whether a body returns anywhere, or with a given kind of value: its own {@code return}s, not
 * those of lambdas or classes in it.
 */
final class ReturnStatements extends TreeScanner<Boolean, Void> {

  private final Predicate<ReturnTree> counted;

  private ReturnStatements(Predicate<ReturnTree> counted) {
    this.counted = counted;
  }

  static boolean in(Tree body) {
    return any(body, statement -> true);
  }

  /** Whether one of the body's own {@code return} statements is {@code counted}. */
  static boolean any(Tree body, Predicate<ReturnTree> counted) {
    return Boolean.TRUE.equals(new ReturnStatements(counted).scan(body, null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean visitReturn(ReturnTree node, Void unused) {
    return counted.test(node);
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
