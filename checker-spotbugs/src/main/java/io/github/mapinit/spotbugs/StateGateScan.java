package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilder;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.CFGBuilderFactory;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.DepthFirstSearch;
import edu.umd.cs.findbugs.ba.DominatorsAnalysis;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.bcel.BCELUtil;
import io.github.mapinit.policy.rules.Overriding;
import io.github.mapinit.policy.rules.StateGates;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, a protocol (policy {@link StateGates}): for each tracked instance field of a class, the
 * state field whose tests gate every creation of it, read from the bytecode. A state test is a
 * branch on {@code this.s} against a constant ({@code if_acmp} with a static field of its type,
 * {@code if_icmp} with an int constant, {@code ifeq}/{@code ifne} against 0), an {@code instanceof}
 * of it, or a switch on it (directly, or through {@code ordinal()} and a switch map for an enum). A
 * creation is gated by the test when one outcome of the test dominates it, or a call of a check of
 * the class that compares the field (policy {@code StateGates.callTests}) does. Dominators are
 * computed only in the methods that create a tracked field, and only when the class has a state
 * field at all.
 */
final class StateGateScan {

  private final JavaClass javaClass;
  private final ConstantPoolGen cpg;
  private final String className;
  // The class's checks (policy StateGates.callTests), by name and signature: the states each tests.
  private final Map<String, Set<String>> checks = new HashMap<>();
  private final Map<String, String> queries = new HashMap<>();

  private StateGateScan(JavaClass javaClass, ConstantPoolGen cpg) {
    this.javaClass = javaClass;
    this.cpg = cpg;
    this.className = javaClass.getClassName();
  }

  /** The gating state field of each of {@code tracked} (instance fields) that has one. */
  static Map<String, String> in(JavaClass javaClass, ConstantPoolGen cpg, Set<String> tracked) {
    return tracked.isEmpty() ? Map.of() : new StateGateScan(javaClass, cpg).gates(tracked);
  }

  private Map<String, String> gates(Set<String> tracked) {
    findQueries();
    Set<String> changedAfterConstruction = new HashSet<>();
    Set<String> tested = new HashSet<>();
    List<Method> creating = new ArrayList<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      boolean creates = false;
      boolean throwsSomewhere = false;
      Set<String> compared = new LinkedHashSet<>();
      InstructionList list = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle = list.getStart(); handle != null; handle = handle.getNext()) {
        if (handle.getInstruction() instanceof PUTFIELD store
            && className.equals(store.getClassName(cpg))) {
          String name = store.getFieldName(cpg);
          if (!Const.CONSTRUCTOR_NAME.equals(method.getName())) {
            changedAfterConstruction.add(name);
          }
          creates |= tracked.contains(name) && !storesNull(handle);
        }
        String state = method.isStatic() ? null : testedState(handle);
        if (state != null) {
          tested.add(state);
          compared.add(state);
        }
        String withLocal = method.isStatic() ? null : comparedWithLocal(handle);
        if (withLocal != null) {
          compared.add(withLocal);
        }
        throwsSomewhere |= handle.getInstruction().getOpcode() == Const.ATHROW;
      }
      if (creates) {
        creating.add(method);
      }
      if (StateGates.callTests(
          isOverridable(method),
          method.getReturnType() == Type.VOID,
          throwsSomewhere,
          !compared.isEmpty())) {
        checks.put(method.getName() + method.getSignature(), compared);
        tested.addAll(compared);
      }
    }
    Set<String> stateFields = new HashSet<>(tested);
    stateFields.retainAll(changedAfterConstruction);
    if (stateFields.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Set<String>>> testsBeforeCreations = new HashMap<>();
    for (Method method : creating) {
      try {
        testsBeforeCreationsIn(method, tracked, stateFields, testsBeforeCreations);
      } catch (CFGBuilderException | DataflowAnalysisException e) {
        // A method whose flow cannot be read gates nothing: its creations count as ungated.
        return Map.of();
      }
    }
    Map<String, String> gates = new HashMap<>();
    testsBeforeCreations.forEach(
        (field, creations) ->
            StateGates.gate(creations, stateFields).ifPresent(gate -> gates.put(field, gate)));
    return gates;
  }

  private void testsBeforeCreationsIn(
      Method method,
      Set<String> tracked,
      Set<String> stateFields,
      Map<String, List<Set<String>>> testsBeforeCreations)
      throws CFGBuilderException, DataflowAnalysisException {
    MethodGen methodGen = ClassLookup.methodGen(javaClass, method);
    CFGBuilder builder =
        CFGBuilderFactory.create(BCELUtil.getMethodDescriptor(javaClass, method), methodGen);
    builder.build();
    CFG cfg = builder.getCFG();
    Map<InstructionHandle, BasicBlock> blockOf = new HashMap<>();
    for (Iterator<BasicBlock> blocks = cfg.blockIterator(); blocks.hasNext(); ) {
      BasicBlock block = blocks.next();
      for (Iterator<InstructionHandle> handles = block.instructionIterator(); handles.hasNext(); ) {
        blockOf.put(handles.next(), block);
      }
    }
    Map<BasicBlock, String> tests = new HashMap<>();
    Map<BasicBlock, Set<String>> checkCalls = new HashMap<>();
    List<InstructionHandle> creations = new ArrayList<>();
    for (InstructionHandle handle = methodGen.getInstructionList().getStart();
        handle != null;
        handle = handle.getNext()) {
      String state = method.isStatic() ? null : testedState(handle);
      BasicBlock block = blockOf.get(handle);
      if (state != null
          && stateFields.contains(state)
          && block != null
          && block.getLastInstruction() == handle) {
        tests.put(block, state);
      }
      Set<String> checked = method.isStatic() ? Set.of() : checkedBy(handle);
      if (!checked.isEmpty() && block != null) {
        // The call returns only past its test: its block dominates what the test gates.
        checkCalls.computeIfAbsent(block, b -> new HashSet<>()).addAll(checked);
      }
      if (handle.getInstruction() instanceof PUTFIELD store
          && className.equals(store.getClassName(cpg))
          && tracked.contains(store.getFieldName(cpg))
          && !storesNull(handle)) {
        creations.add(handle);
      }
    }
    DominatorsAnalysis dominators = null;
    if (!tests.isEmpty() || !checkCalls.isEmpty()) {
      DepthFirstSearch dfs = new DepthFirstSearch(cfg);
      dfs.search();
      dominators = new DominatorsAnalysis(cfg, dfs, true);
      new Dataflow<>(cfg, dominators).execute();
    }
    for (InstructionHandle creation : creations) {
      Set<String> gating = new LinkedHashSet<>();
      BasicBlock block = blockOf.get(creation);
      if (dominators != null && block != null) {
        BitSet dominating = dominators.getAllDominatorsOf(block);
        tests.forEach(
            (test, state) -> {
              if (oneOutcomeDominates(cfg, test, dominating)) {
                gating.add(state);
              }
            });
        checkCalls.forEach(
            (call, states) -> {
              if (dominating.get(call.getLabel())) {
                states.stream().filter(stateFields::contains).forEach(gating::add);
              }
            });
      }
      String field = ((PUTFIELD) creation.getInstruction()).getFieldName(cpg);
      testsBeforeCreations.computeIfAbsent(field, f -> new ArrayList<>()).add(gating);
    }
  }

  /**
   * Whether the test has two outcomes and the block of one of them, entered only from the test,
   * dominates the creation. The block after an {@code if} without an else, where both outcomes
   * meet, dominates what follows but is no outcome of the test.
   */
  private static boolean oneOutcomeDominates(CFG cfg, BasicBlock test, BitSet dominating) {
    Set<BasicBlock> outcomes = new HashSet<>();
    for (Iterator<Edge> edges = cfg.outgoingEdgeIterator(test); edges.hasNext(); ) {
      Edge edge = edges.next();
      if (!edge.isExceptionEdge()) {
        outcomes.add(edge.getTarget());
      }
    }
    return outcomes.size() > 1
        && outcomes.stream()
            .anyMatch(
                outcome ->
                    dominating.get(outcome.getLabel()) && enteredOnlyFrom(cfg, outcome, test));
  }

  /** Whether every way into {@code block}, exceptions aside, comes from {@code test}. */
  static boolean enteredOnlyFrom(CFG cfg, BasicBlock block, BasicBlock test) {
    for (Iterator<Edge> edges = cfg.incomingEdgeIterator(block); edges.hasNext(); ) {
      Edge edge = edges.next();
      if (!edge.isExceptionEdge() && edge.getSource() != test) {
        return false;
      }
    }
    return true;
  }

  private static boolean storesNull(InstructionHandle store) {
    InstructionHandle value = store.getPrev();
    return value != null && value.getInstruction().getOpcode() == Const.ACONST_NULL;
  }

  /** The state field of the running object that the branch or switch at {@code handle} tests. */
  private @Nullable String testedState(InstructionHandle handle) {
    switch (handle.getInstruction().getOpcode()) {
      case Const.IF_ACMPEQ:
      case Const.IF_ACMPNE:
        return comparedWith(handle, this::isStaticOfSameType, false);
      case Const.IF_ICMPEQ:
      case Const.IF_ICMPNE:
        return comparedWith(handle, (constant, state) -> isIntConstant(constant), true);
      case Const.IFEQ:
      case Const.IFNE:
      case Const.TABLESWITCH:
      case Const.LOOKUPSWITCH:
        {
          String direct = stateRead(handle.getPrev(), true);
          if (direct == null) {
            direct = instanceTestedState(handle.getPrev());
          }
          if (direct == null) {
            direct = askedState(handle.getPrev());
          }
          return direct != null ? direct : enumSwitchState(handle);
        }
      default:
        return null;
    }
  }

  /**
   * Policy {@link StateGates#queryTests}: the class's queries whose answer is one test of a state
   * field ({@code private boolean isDraft() { return phase == Phase.DRAFT; }}, compiled as a single
   * state branch between {@code iconst} results), by name and signature.
   */
  private void findQueries() {
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null || method.isStatic()) {
        continue;
      }
      String state = null;
      int branches = 0;
      boolean onlyTheTest = true;
      InstructionList list = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle = list.getStart(); handle != null; handle = handle.getNext()) {
        Instruction instruction = handle.getInstruction();
        if (instruction instanceof BranchInstruction && !(instruction instanceof GotoInstruction)) {
          branches++;
          state = testedState(handle);
        }
        onlyTheTest &=
            !(instruction instanceof InvokeInstruction) && !(instruction instanceof PUTFIELD);
      }
      boolean oneTest = branches == 1 && state != null && onlyTheTest;
      if (StateGates.queryTests(
          isOverridable(method),
          method.getReturnType() == Type.BOOLEAN,
          method.getArgumentTypes().length,
          oneTest)) {
        queries.put(method.getName() + method.getSignature(), state);
      }
    }
  }

  /** The state that the query called right before {@code branch}, on this, answers about. */
  private @Nullable String askedState(@Nullable InstructionHandle call) {
    InstructionHandle receiver = call == null ? null : call.getPrev();
    if (call == null
        || !(call.getInstruction() instanceof InvokeInstruction invoke)
        || invoke.getOpcode() == Const.INVOKESTATIC
        || !className.equals(invoke.getClassName(cpg))
        || !(receiver != null
            && receiver.getInstruction() instanceof ALOAD self
            && self.getIndex() == 0)) {
      return null;
    }
    return queries.get(invoke.getMethodName(cpg) + invoke.getSignature(cpg));
  }

  /** The states that a call at {@code handle} of a check of the class tests; empty otherwise. */
  private Set<String> checkedBy(InstructionHandle handle) {
    if (!(handle.getInstruction() instanceof InvokeInstruction call)
        || call.getOpcode() == Const.INVOKESTATIC
        || !className.equals(call.getClassName(cpg))) {
      return Set.of();
    }
    return checks.getOrDefault(call.getMethodName(cpg) + call.getSignature(cpg), Set.of());
  }

  /** The state field that the branch at {@code handle} compares with a local or parameter. */
  private @Nullable String comparedWithLocal(InstructionHandle handle) {
    short opcode = handle.getInstruction().getOpcode();
    boolean reference = opcode == Const.IF_ACMPEQ || opcode == Const.IF_ACMPNE;
    if (!reference && opcode != Const.IF_ICMPEQ && opcode != Const.IF_ICMPNE) {
      return null;
    }
    return comparedWith(handle, (operand, state) -> isLocalRead(operand), !reference);
  }

  private static boolean isLocalRead(Instruction operand) {
    return operand instanceof LoadInstruction load
        && load.getIndex() > 0
        && (load instanceof ALOAD || load instanceof ILOAD);
  }

  private boolean isOverridable(Method method) {
    return Overriding.isOverridable(
        Const.CONSTRUCTOR_NAME.equals(method.getName()),
        method.isStatic(),
        method.isPrivate(),
        method.isFinal(),
        javaClass.isFinal());
  }

  private interface ConstantTest {
    boolean isConstantFor(Instruction constant, GETFIELD state);
  }

  /** {@code this.s <op> C} or {@code C <op> this.s}, just before the comparison. */
  private @Nullable String comparedWith(
      InstructionHandle comparison, ConstantTest constant, boolean integral) {
    InstructionHandle last = comparison.getPrev();
    if (last == null) {
      return null;
    }
    String stateFirst = stateRead(last.getPrev(), integral);
    if (stateFirst != null
        && constant.isConstantFor(last.getInstruction(), stateReadAt(last.getPrev()))) {
      return stateFirst;
    }
    String stateLast = stateRead(last, integral);
    InstructionHandle receiver = last.getPrev();
    InstructionHandle first = receiver == null ? null : receiver.getPrev();
    if (stateLast != null
        && first != null
        && constant.isConstantFor(first.getInstruction(), stateReadAt(last))) {
      return stateLast;
    }
    return null;
  }

  /** An enum switch: {@code this.s.ordinal()} looked up in a switch map. */
  private @Nullable String enumSwitchState(InstructionHandle handle) {
    if (handle.getInstruction().getOpcode() != Const.TABLESWITCH
        && handle.getInstruction().getOpcode() != Const.LOOKUPSWITCH) {
      return null;
    }
    InstructionHandle lookup = handle.getPrev();
    InstructionHandle ordinal = lookup == null ? null : lookup.getPrev();
    if (lookup == null
        || lookup.getInstruction().getOpcode() != Const.IALOAD
        || ordinal == null
        || !(ordinal.getInstruction() instanceof INVOKEVIRTUAL call)
        || !"ordinal".equals(call.getMethodName(cpg))
        || !"()I".equals(call.getSignature(cpg))) {
      return null;
    }
    return stateRead(ordinal.getPrev(), false);
  }

  /**
   * The name of the field that {@code read} loads from {@code this} (an {@code aload_0} before it),
   * when it is a field of this class of the kind asked: integral narrower than {@code long}, or a
   * reference that is no array.
   */
  private @Nullable String stateRead(@Nullable InstructionHandle read, boolean integral) {
    if (read == null
        || !(read.getInstruction() instanceof GETFIELD field)
        || !className.equals(field.getClassName(cpg))) {
      return null;
    }
    InstructionHandle receiver = read.getPrev();
    if (receiver == null
        || !(receiver.getInstruction() instanceof ALOAD load)
        || load.getIndex() != 0) {
      return null;
    }
    String signature = field.getSignature(cpg);
    boolean matches =
        integral
            ? "ISBC".contains(signature) && signature.length() == 1
            : signature.startsWith("L");
    return matches && declaresInstanceField(field.getFieldName(cpg))
        ? field.getFieldName(cpg)
        : null;
  }

  /**
   * The reference state field that an {@code instanceof} at {@code test} tests: {@code aload_0;
   * getfield; instanceof}, or javac's form of a pattern, which stores the field in a local first
   * ({@code getfield; astore n; aload n; instanceof}).
   */
  private @Nullable String instanceTestedState(@Nullable InstructionHandle test) {
    if (test == null || test.getInstruction().getOpcode() != Const.INSTANCEOF) {
      return null;
    }
    InstructionHandle operand = test.getPrev();
    if (operand != null
        && operand.getInstruction() instanceof ALOAD load
        && operand.getPrev() != null
        && operand.getPrev().getInstruction() instanceof ASTORE store
        && store.getIndex() == load.getIndex()) {
      operand = operand.getPrev().getPrev();
    }
    return stateRead(operand, false);
  }

  private GETFIELD stateReadAt(InstructionHandle read) {
    return (GETFIELD) read.getInstruction();
  }

  private boolean declaresInstanceField(String name) {
    for (Field field : javaClass.getFields()) {
      if (field.getName().equals(name)) {
        return !field.isStatic();
      }
    }
    return false;
  }

  private boolean isStaticOfSameType(Instruction constant, GETFIELD state) {
    return constant instanceof GETSTATIC read
        && read.getSignature(cpg).equals(state.getSignature(cpg));
  }

  private boolean isIntConstant(Instruction constant) {
    short opcode = constant.getOpcode();
    return (opcode >= Const.ICONST_M1 && opcode <= Const.ICONST_5)
        || opcode == Const.BIPUSH
        || opcode == Const.SIPUSH
        || (constant instanceof LDC ldc && ldc.getValue(cpg) instanceof Integer);
  }
}
