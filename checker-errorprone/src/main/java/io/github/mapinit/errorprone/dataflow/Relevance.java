package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Whether a body can touch a tracked place at all, itself or through the bodies of this file it
 * calls: a tracked field, or a map local that can be given a null. Most methods of real code never
 * come near a map field; they skip the control flow graph and the dataflow, which keeps the check
 * cheap.
 *
 * <p>A body that only reads tracked fields that cannot hold a null ({@link ClearedUnit}) is skipped
 * too: its uses cannot report, and it changes no field, so where it runs its summary would only
 * repeat that those fields are non-null. Two kinds of body still need their graph: one that assigns
 * a tracked field, whose exit value other starts read (a constructor's, an initialiser's, a
 * reset's); and any body of a class with flag candidates, whose summary also says which flags its
 * calls assign and which promises it breaks ({@link FlagPromises}). The code that runs such a body
 * needs its graph too, except where the body is a constructor that assigns only its own object's
 * fields, whose creator sees none of that.
 */
final class Relevance {

  private static final Set<Tree.Kind> INCREMENTS =
      Set.of(
          Tree.Kind.PREFIX_INCREMENT,
          Tree.Kind.PREFIX_DECREMENT,
          Tree.Kind.POSTFIX_INCREMENT,
          Tree.Kind.POSTFIX_DECREMENT);

  private final ClassIndex index;
  private final JavacPolicy policy;
  private final Set<Symbol> mayHoldNull;
  private final Predicate<Body> hasFlagCandidates;
  private final Predicate<VarSymbol> followsEmptiness;
  private @Nullable Set<Body> relevant;

  /**
   * @param mayHoldNull the tracked places of the unit that may hold a null ({@link
   *     ClearedUnit#mayHoldNull})
   * @param hasFlagCandidates whether the class of a body has flags that a promise may relate
   * @param followsEmptiness whether a promise may rest on a collection field's emptiness
   */
  Relevance(
      ClassIndex index,
      JavacPolicy policy,
      Set<Symbol> mayHoldNull,
      Predicate<Body> hasFlagCandidates,
      Predicate<VarSymbol> followsEmptiness) {
    this.followsEmptiness = followsEmptiness;
    this.index = index;
    this.policy = policy;
    this.mayHoldNull = mayHoldNull;
    this.hasFlagCandidates = hasFlagCandidates;
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
   * (deciding body by body with recursion grew exponentially on mutually recursive code). Bodies
   * that need a graph for their own exit only (see {@link #isRelevantByItself}) do not make their
   * callers relevant.
   */
  private Set<Body> relevantBodies() {
    Set<Body> found = new HashSet<>();
    Set<Body> byThemselves = new HashSet<>();
    Map<Body, List<Body>> callers = new HashMap<>();
    Deque<Body> work = new ArrayDeque<>();
    for (Body body : index.allBodies()) {
      Scanner scanner = new Scanner(body.tree());
      scanner.scan(body.tree(), null);
      for (Body callee : scanner.callees) {
        callers.computeIfAbsent(callee, c -> new ArrayList<>()).add(body);
      }
      if (touchesForCallers(body, scanner) && found.add(body)) {
        work.add(body);
      }
      if (isRelevantByItself(body)) {
        byThemselves.add(body);
      }
    }
    while (!work.isEmpty()) {
      for (Body caller : callers.getOrDefault(work.poll(), List.of())) {
        if (found.add(caller)) {
          work.add(caller);
        }
      }
    }
    found.addAll(byThemselves);
    return found;
  }

  /**
   * Whether what a body does can matter where it runs: it may meet a null, or it assigns a tracked
   * field, or it belongs to a class with flag candidates and mentions a tracked field. A
   * constructor's assignments of its own object's fields do not count: where the object is created
   * with {@code new}, only what the constructor does to the static fields reaches the creator, and
   * a constructor that runs it with {@code this(...)} is analysed anyway.
   */
  private boolean touchesForCallers(Body body, Scanner scanner) {
    return scanner.mayMeetNull
        || scanner.assignsStaticField
        || (scanner.assignsInstanceField && body.kind() != Body.Kind.CONSTRUCTOR)
        || (scanner.mentionsTrackedField && hasFlagCandidates.test(body));
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

  /** What one body mentions: tracked places, and the bodies of this file it may run. */
  private final class Scanner extends TreeScanner<Void, Void> {
    private final Tree root;
    // A tracked field at all; one that may hold a null, or a local that may be given one.
    private boolean mentionsTrackedField;
    private boolean mayMeetNull;
    private boolean assignsStaticField;
    private boolean assignsInstanceField;
    private final List<Body> callees = new ArrayList<>();

    Scanner(Tree root) {
      this.root = root;
    }

    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      noteField(ASTHelpers.getSymbol(tree));
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      noteField(ASTHelpers.getSymbol(tree));
      return super.visitMemberSelect(tree, null);
    }

    private void noteField(Symbol symbol) {
      if (isTrackedField(symbol)) {
        mentionsTrackedField = true;
        mayMeetNull |= mayHoldNull.contains(symbol);
      }
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      noteLocalAssignment(ASTHelpers.getSymbol(tree), tree.getInitializer());
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      noteLocalAssignment(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
      noteWrite(tree.getVariable());
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      noteWrite(tree.getVariable());
      return super.visitCompoundAssignment(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      // ++ and -- assign their operand (a tracked Integer field, with TrackedTypes=Object).
      if (INCREMENTS.contains(tree.getKind())) {
        noteWrite(tree.getExpression());
      }
      return super.visitUnary(tree, null);
    }

    private void noteWrite(ExpressionTree target) {
      Symbol symbol = ASTHelpers.getSymbol(target);
      if (isTrackedField(symbol)) {
        assignsStaticField |= symbol.isStatic();
        assignsInstanceField |= !symbol.isStatic();
      }
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
      mayMeetNull |= !neverNull;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      addCallee(ASTHelpers.getSymbol(tree));
      if (tree.getMethodSelect() instanceof MemberSelectTree select
          && ASTHelpers.getSymbol(select.getExpression()) instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && MapInitTransfer.isAtomicFlag(field)) {
        // Policy AtomicFlags: setting an AtomicBoolean flag assigns a flag of the object.
        AtomicFlags.Operation operation =
            AtomicFlags.of(select.getIdentifier().toString(), tree.getArguments().size());
        assignsInstanceField |=
            operation != AtomicFlags.Operation.READ && operation != AtomicFlags.Operation.NONE;
      }
      if (tree.getMethodSelect() instanceof MemberSelectTree select
          && changesSize(select.getIdentifier().toString(), tree.getArguments().size())
          && ASTHelpers.getSymbol(select.getExpression()) instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && followsEmptiness.test(field)) {
        // Policy CollectionEmptiness: adding to a followed collection assigns a flag of the object.
        assignsInstanceField = true;
      }
      return super.visitMethodInvocation(tree, null);
    }

    private static boolean changesSize(String method, int arguments) {
      CollectionEmptiness.Operation operation = CollectionEmptiness.of(method, arguments);
      return operation == CollectionEmptiness.Operation.ADD
          || operation == CollectionEmptiness.Operation.CLEAR
          || operation == CollectionEmptiness.Operation.REMOVE
          || operation == CollectionEmptiness.Operation.CHANGE;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      // A constructor of this file matters for the static fields while its class initialises.
      addCallee(ASTHelpers.getSymbol(tree));
      Symbol local = ClassIndex.localClassCreated(tree);
      ClassIndex.ClassInfo created = local == null ? null : index.classInfo(local);
      if (created != null) {
        // Its initialisers and methods see this body's state where it is created (spec 4).
        callees.addAll(created.instanceInitializers);
        callees.addAll(created.methods);
      }
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
