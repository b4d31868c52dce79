package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a body can touch a tracked place at all, itself or through the bodies of this file it
 * calls: a tracked field, or a map local that can be given a null. Most methods of real code never
 * come near a map field; they skip the control flow graph and the dataflow, which keeps the check
 * cheap.
 */
final class Relevance {

  private final ClassIndex index;
  private final JavacPolicy policy;
  private @Nullable Set<Body> relevant;

  Relevance(ClassIndex index, JavacPolicy policy) {
    this.index = index;
    this.policy = policy;
  }

  boolean needsAnalysis(Body body) {
    if (relevant == null) {
      relevant = relevantBodies();
    }
    return relevant.contains(body);
  }

  /**
   * The bodies that touch a tracked place themselves, and every body that can run one of them:
   * found once per unit by walking the calls backwards, so that call cycles cost nothing extra
   * (deciding body by body with recursion grew exponentially on mutually recursive code).
   */
  private Set<Body> relevantBodies() {
    Set<Body> found = new HashSet<>();
    Map<Body, List<Body>> callers = new HashMap<>();
    Deque<Body> work = new ArrayDeque<>();
    for (Body body : index.allBodies()) {
      Scanner scanner = new Scanner(body.tree());
      scanner.scan(body.tree(), null);
      for (Body callee : scanner.callees) {
        callers.computeIfAbsent(callee, c -> new ArrayList<>()).add(body);
      }
      if ((scanner.mentionsTracked || isRelevantByItself(body)) && found.add(body)) {
        work.add(body);
      }
    }
    while (!work.isEmpty()) {
      for (Body caller : callers.getOrDefault(work.poll(), List.of())) {
        if (found.add(caller)) {
          work.add(caller);
        }
      }
    }
    return found;
  }

  private boolean isRelevantByItself(Body body) {
    if (body.kind() == Body.Kind.CONSTRUCTOR
        && Objects.requireNonNull(index.classInfo(body.owner())).trackedFields.keySet().stream()
            .anyMatch(f -> !f.isStatic())) {
      // Its exit state decides what every other method starts with.
      return true;
    }
    if (body.method() != null
        && body.method().getSimpleName().contentEquals(JavaSemantics.READ_OBJECT)
        && body.method().getParameters().size() == 1) {
      // Whether it returns at all decides whether a transient field can be null after it.
      return true;
    }
    // The initialiser of a tracked field assigns it.
    return body.tree() instanceof VariableTree
        && index.isTrackedField(ASTHelpers.getSymbol((VariableTree) body.tree()));
  }

  /** What one body mentions: a tracked place, and the bodies of this file it may run. */
  private final class Scanner extends TreeScanner<Void, Void> {
    private final Tree root;
    private boolean mentionsTracked;
    private final List<Body> callees = new ArrayList<>();

    Scanner(Tree root) {
      this.root = root;
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      mentionsTracked |= isTrackedField(ASTHelpers.getSymbol(tree));
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      mentionsTracked |= isTrackedField(ASTHelpers.getSymbol(tree));
      return super.visitMemberSelect(tree, null);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      noteLocalAssignment(ASTHelpers.getSymbol(tree), tree.getInitializer());
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      noteLocalAssignment(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
      return super.visitAssignment(tree, null);
    }

    /**
     * A local of a tracked type matters only if it can be given a null: a {@code new}, a call's
     * result or another variable never is (a variable's own assignments are checked where they
     * are), so a body whose map locals only get those can never report.
     */
    private void noteLocalAssignment(Symbol target, ExpressionTree value) {
      if (value == null
          || !(target instanceof VarSymbol)
          || !(target.owner instanceof MethodSymbol)
          || !policy.isTracked(((VarSymbol) target).type)) {
        return;
      }
      ExpressionTree stripped = ASTHelpers.stripParentheses(value);
      boolean neverNull =
          stripped instanceof NewClassTree
              || stripped instanceof MethodInvocationTree
              || (stripped instanceof IdentifierTree
                  && ASTHelpers.getSymbol(stripped) instanceof VarSymbol
                  && ASTHelpers.getSymbol(stripped).owner instanceof MethodSymbol);
      mentionsTracked |= !neverNull;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      addCallee(ASTHelpers.getSymbol(tree));
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      // A constructor of this file matters for the static fields while its class initialises.
      addCallee(ASTHelpers.getSymbol(tree));
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      // A nested lambda is a body of its own, which may run with this body's state (spec 4).
      if (tree == root) {
        return super.visitLambdaExpression(tree, null);
      }
      ClassIndex.Callback callback = index.callback(tree);
      if (callback != null) {
        callees.add(callback.body());
      }
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      ClassIndex.Callback callback = index.callback(tree);
      if (callback != null) {
        callees.add(callback.body());
      }
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      return null;
    }

    private void addCallee(MethodSymbol method) {
      Body callee = method == null ? null : index.bodyOf(method);
      if (callee != null) {
        callees.add(callee);
      }
    }

    private boolean isTrackedField(Symbol symbol) {
      return symbol instanceof VarSymbol && index.isTrackedField((VarSymbol) symbol);
    }
  }
}
