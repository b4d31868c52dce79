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
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
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

  /** The unary operators that assign their operand ({@code ++}, {@code --}); {@code !} does not. */
  static final Set<Tree.Kind> INCREMENTS =
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
  private final Predicate<VarSymbol> followsAtomicState;
  private @Nullable Set<Body> relevant;

  /**
   * @param mayHoldNull the tracked places of the unit that may hold a null ({@link
   *     ClearedUnit#mayHoldNull})
   * @param hasFlagCandidates whether the class of a body has flags that a promise may relate
   * @param followsEmptiness whether a promise may rest on a collection field's emptiness
   * @param followsAtomicState whether a promise may rest on the state an atomic holder in a field
   *     holds (policy AtomicStates): the class tests it
   */
  Relevance(
      ClassIndex index,
      JavacPolicy policy,
      Set<Symbol> mayHoldNull,
      Predicate<Body> hasFlagCandidates,
      Predicate<VarSymbol> followsEmptiness,
      Predicate<VarSymbol> followsAtomicState) {
    this.followsEmptiness = followsEmptiness;
    this.followsAtomicState = followsAtomicState;
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
   *
   * <p>Some callers are left out: those that run a touching body only through calls whose summary
   * their own analysis never reads (a method of another class, or of another instance, which
   * changes that class's objects). Their summary comes from bodies that touch nothing, which is
   * what an irrelevant body's empty summary stands for, so they are skipped where that summary
   * cannot be told from the empty one: no body outside them that may be analysed reads it, their
   * class has no flag candidates, and no call cycle is reachable from them (whose summaries would
   * otherwise be computed in another order).
   */
  private Set<Body> relevantBodies() {
    Set<Body> touching = new LinkedHashSet<>();
    Set<Body> byThemselves = new LinkedHashSet<>();
    Map<Body, List<Body>> callers = new LinkedHashMap<>();
    Map<Body, List<Body>> readers = new LinkedHashMap<>();
    Map<Body, List<Body>> usesReaders = new LinkedHashMap<>();
    Map<Body, Integer> summariesRead = new LinkedHashMap<>();
    for (Body body : index.allBodies()) {
      Scanner scanner = new Scanner(body);
      scanner.scan(body.tree(), null);
      for (Body callee : scanner.callees) {
        callers.computeIfAbsent(callee, c -> new ArrayList<>()).add(body);
      }
      for (Body callee : scanner.summariesRead) {
        readers.computeIfAbsent(callee, c -> new ArrayList<>()).add(body);
        usesReaders.computeIfAbsent(callee, c -> new ArrayList<>()).add(body);
      }
      List<Body> callableBack = callableBack(body);
      for (Body method : callableBack) {
        usesReaders.computeIfAbsent(method, c -> new ArrayList<>()).add(body);
      }
      summariesRead.put(body, scanner.summariesRead.size() + callableBack.size());
      if (touchesForCallers(body, scanner)) {
        touching.add(body);
      }
      if (isRelevantByItself(body)) {
        byThemselves.add(body);
      }
    }
    Set<Body> found = callersOf(touching, callers);
    Set<Body> unread = new LinkedHashSet<>(found);
    unread.removeAll(callersOf(touching, usesReaders));
    unread.removeAll(byThemselves);
    unread.removeIf(hasFlagCandidates);
    unread.retainAll(reachNoCycle(summariesRead, usesReaders));
    boolean changed = true;
    while (changed) {
      changed =
          unread.removeIf(
              body ->
                  readers.getOrDefault(body, List.of()).stream()
                      .anyMatch(reader -> !unread.contains(reader)));
    }
    found.removeAll(unread);
    found.addAll(byThemselves);
    return found;
  }

  /** {@code bodies} and every body that reaches one of them through {@code callers}. */
  private static Set<Body> callersOf(Set<Body> bodies, Map<Body, List<Body>> callers) {
    Set<Body> found = new LinkedHashSet<>(bodies);
    Deque<Body> work = new ArrayDeque<>(bodies);
    while (!work.isEmpty()) {
      for (Body caller : callers.getOrDefault(work.poll(), List.of())) {
        if (found.add(caller)) {
          work.add(caller);
        }
      }
    }
    return found;
  }

  /**
   * The bodies from which no cycle of summary reads can be reached: peeled off from the bodies that
   * read no summary, then from those whose every read is of a peeled body.
   *
   * @param readCount how many summaries each body reads, counted with repeats
   */
  private static Set<Body> reachNoCycle(
      Map<Body, Integer> readCount, Map<Body, List<Body>> readers) {
    Map<Body, Integer> unpeeled = new LinkedHashMap<>(readCount);
    Deque<Body> work = new ArrayDeque<>();
    unpeeled.forEach(
        (body, count) -> {
          if (count == 0) {
            work.add(body);
          }
        });
    Set<Body> peeled = new LinkedHashSet<>();
    while (!work.isEmpty()) {
      Body body = work.poll();
      peeled.add(body);
      for (Body reader : readers.getOrDefault(body, List.of())) {
        if (unpeeled.merge(reader, -1, Integer::sum) == 0) {
          work.add(reader);
        }
      }
    }
    return peeled;
  }

  /**
   * The methods whose uses a constructor brings in where {@code this} escapes it ({@link
   * CompilationUnitAnalysis#methodsCallableBack}): every instance method of its class that is not
   * private.
   */
  private List<Body> callableBack(Body body) {
    ClassIndex.ClassInfo info = index.classInfo(body.owner());
    if (body.kind() != Body.Kind.CONSTRUCTOR || info == null) {
      return List.of();
    }
    List<Body> methods = new ArrayList<>();
    for (Body method : info.methods) {
      if (method.method() != null && !method.method().isPrivate() && !method.method().isStatic()) {
        methods.add(method);
      }
    }
    return methods;
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
    private final Body body;
    private final Tree root;
    // A tracked field at all; one that may hold a null, or a local that may be given one.
    private boolean mentionsTrackedField;
    private boolean mayMeetNull;
    private boolean assignsStaticField;
    private boolean assignsInstanceField;
    private final List<Body> callees = new ArrayList<>();
    // The callees whose summary the analysis of this body may read.
    private final List<Body> summariesRead = new ArrayList<>();

    Scanner(Body body) {
      this.body = body;
      this.root = body.tree();
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
      } else if (symbol != null && symbol.getKind() == ElementKind.PARAMETER) {
        // Policy NullArguments: a parameter that a call of the unit gives null.
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
              || (stripped instanceof MethodInvocationTree call
                  && !NullReturns.ofCall(call, index, policy))
              || (stripped instanceof IdentifierTree
                  && ASTHelpers.getSymbol(stripped) instanceof VarSymbol
                  && ASTHelpers.getSymbol(stripped).owner instanceof MethodSymbol);
      mayMeetNull |= !neverNull;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol method = ASTHelpers.getSymbol(tree);
      addCallee(method);
      VarSymbol read = method == null ? null : index.fieldReadBy(method);
      if (read != null) {
        // Policy FieldAccessors: the call reads the field.
        noteField(read);
      }
      // Policy NullableResults: `scoreboardFor(mode).merge(..)` dereferences a call that may
      // return null.
      mayMeetNull |= NullReturns.dereferencesMaybeNullResult(tree, index, policy);
      if (method != null && readsSummaryOf(method)) {
        addSummaryRead(method);
      }
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
          && ASTHelpers.getSymbol(select.getExpression()) instanceof VarSymbol field
          && ConstantComparisons.holdsAtomicState(field)
          && AtomicStates.changes(select.getIdentifier().toString(), tree.getArguments().size())
          && followsAtomicState.test(field)) {
        // Policy AtomicStates: changing an atomic holder's value assigns a state of the object.
        assignsInstanceField = true;
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
      MethodSymbol constructor = ASTHelpers.getSymbol(tree);
      addCallee(constructor);
      Symbol local = ClassIndex.localClassCreated(tree);
      if (constructor != null && (constructor.owner == body.owner() || local != null)) {
        // constructionOfOwnClass, and localClassBodiesCreated for the constructor called.
        addSummaryRead(constructor);
      }
      ClassIndex.ClassInfo created = local == null ? null : index.classInfo(local);
      if (created != null) {
        // Its initialisers and methods see this body's state where it is created (spec 4).
        callees.addAll(created.instanceInitializers);
        callees.addAll(created.methods);
        summariesRead.addAll(created.instanceInitializers);
        summariesRead.addAll(created.methods);
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
        summariesRead.add(callback.body());
      }
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      ClassIndex.Callback callback = index.callback(tree);
      if (callback != null) {
        callees.add(callback.body());
        summariesRead.add(callback.body());
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

    private void addSummaryRead(MethodSymbol method) {
      Body callee = method == null ? null : index.bodyOf(method);
      if (callee != null) {
        summariesRead.add(callee);
      }
    }

    /**
     * Whether the analysis may read the summary of {@code method} where this body calls it: a
     * method or constructor of the body's own class ({@link CompilationUnitAnalysis#followedCall}),
     * or a boolean method whose result may test a field of the object it runs on ({@link
     * CompilationUnitAnalysis#fieldTestOf}). A call of another class's method changes that class's
     * objects, not the fields the body tracks.
     */
    private boolean readsSummaryOf(MethodSymbol method) {
      return method.owner == body.owner()
          || (!method.isStatic() && method.getReturnType().getKind() == TypeKind.BOOLEAN);
    }

    private boolean isTrackedField(Symbol symbol) {
      return symbol instanceof VarSymbol && index.isTrackedField((VarSymbol) symbol);
    }
  }
}
