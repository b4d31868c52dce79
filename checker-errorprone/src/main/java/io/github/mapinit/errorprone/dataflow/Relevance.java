package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;

/**
 * Whether a body can touch a tracked place at all. Most methods of real code never mention a
 * map field; they skip the control flow graph and the dataflow, which keeps the check cheap.
 */
final class Relevance extends TreeScanner<Boolean, Void> {

  private final Tree root;
  private final ClassIndex index;
  private final JavacPolicy policy;

  private Relevance(Tree root, ClassIndex index, JavacPolicy policy) {
    this.root = root;
    this.index = index;
    this.policy = policy;
  }

  static boolean needsAnalysis(Body body, ClassIndex index, JavacPolicy policy) {
    if (body.kind() == Body.Kind.CONSTRUCTOR
        && index.classInfo(body.owner()).trackedFields.keySet().stream().anyMatch(f -> !f.isStatic())) {
      // Its exit state decides what every other method starts with.
      return true;
    }
    if (body.method() != null
        && body.method().getSimpleName().contentEquals(JavaSemantics.READ_OBJECT)
        && body.method().getParameters().size() == 1) {
      // Whether it returns at all decides whether a transient field can be null after it.
      return true;
    }
    if (body.tree() instanceof VariableTree
        && index.isTrackedField(ASTHelpers.getSymbol((VariableTree) body.tree()))) {
      // The initialiser of a tracked field assigns it.
      return true;
    }
    return Boolean.TRUE.equals(new Relevance(body.tree(), index, policy).scan(body.tree(), null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }

  @Override
  public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
    return mentionsTracked(ASTHelpers.getSymbol(tree));
  }

  @Override
  public Boolean visitMemberSelect(MemberSelectTree tree, Void unused) {
    return mentionsTracked(ASTHelpers.getSymbol(tree)) || Boolean.TRUE.equals(super.visitMemberSelect(tree, null));
  }

  @Override
  public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    return (method != null && index.bodyOf(method) != null)
        || Boolean.TRUE.equals(super.visitMethodInvocation(tree, null));
  }

  @Override
  public Boolean visitNewClass(NewClassTree tree, Void unused) {
    // Creating an instance of a class of this file runs a constructor whose effect on static
    // fields matters while the class initialises.
    MethodSymbol constructor = ASTHelpers.getSymbol(tree);
    return (constructor != null && index.bodyOf(constructor) != null)
        || Boolean.TRUE.equals(super.visitNewClass(tree, null));
  }

  @Override
  public Boolean visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    // A nested lambda is a body of its own.
    return tree == root && Boolean.TRUE.equals(super.visitLambdaExpression(tree, null));
  }

  @Override
  public Boolean visitClass(ClassTree tree, Void unused) {
    return false;
  }

  private boolean mentionsTracked(Symbol symbol) {
    if (!(symbol instanceof VarSymbol)) {
      return false;
    }
    VarSymbol variable = (VarSymbol) symbol;
    return index.isTrackedField(variable)
        || (variable.owner instanceof MethodSymbol && policy.isTracked(variable.type));
  }
}
