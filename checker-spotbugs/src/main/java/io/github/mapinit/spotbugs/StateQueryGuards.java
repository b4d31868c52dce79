package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Edge;
import edu.umd.cs.findbugs.ba.EdgeTypes;
import edu.umd.cs.findbugs.ba.Location;
import io.github.mapinit.policy.facts.StateQuery;
import io.github.mapinit.policy.rules.StateQueries;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 (policy {@link StateQueries}): the running object's own answer about itself that every
 * path to a use passes in its method, read from the bytecode: {@code aload_0; invokevirtual
 * isPolymorphic()Z; ifeq}, an instance method without parameters that returns {@code boolean},
 * called on {@code this} and branched on, one of whose outcomes is the only way to the use (the
 * outcome's block has the branch as its only predecessor and dominates the use, exceptions aside).
 * Of several, the latest branch in the code names it. A query whose answer the engines follow is
 * none: one the class declares whose every call is made on a tracked field of the object ({@code
 * return valid;}, {@code return sessions == null || sessions.isEmpty();}), a test of its fields
 * that the flag rules decide.
 */
final class StateQueryGuards {

  private StateQueryGuards() {}

  /** The answer that guards the instruction at {@code pc} of {@code method}, if any. */
  static Optional<StateQuery> at(
      ClassContext classContext, Method method, int pc, TypeOracle types) {
    if (method.isStatic() || method.getCode() == null) {
      return Optional.empty();
    }
    try {
      CFG cfg = classContext.getCFG(method);
      BasicBlock useBlock = blockAt(cfg, pc);
      if (useBlock == null) {
        return Optional.empty();
      }
      BitSet dominators =
          classContext.getNonExceptionDominatorsAnalysis(method).getAllDominatorsOf(useBlock);
      ConstantPoolGen cpg = classContext.getConstantPoolGen();
      StateQuery latest = null;
      int latestPc = -1;
      for (Iterator<BasicBlock> blocks = cfg.blockIterator(); blocks.hasNext(); ) {
        BasicBlock block = blocks.next();
        InstructionHandle branch = block.getLastInstruction();
        String query = branch == null ? null : queryBranchedOn(branch, cpg);
        if (query != null && computedFromOwnFields(classContext.getJavaClass(), query, types)) {
          query = null;
        }
        if (query == null || branch.getPosition() <= latestPc) {
          continue;
        }
        Boolean outcome = outcomeOnlyWayTo(cfg, block, branch, dominators);
        if (outcome != null) {
          latest = new StateQuery(query, outcome);
          latestPc = branch.getPosition();
        }
      }
      return Optional.ofNullable(latest);
    } catch (CFGBuilderException | DataflowAnalysisException e) {
      // A method whose flow cannot be read shows no guard: the finding keeps its confidence.
      return Optional.empty();
    }
  }

  static @Nullable BasicBlock blockAt(CFG cfg, int pc) {
    for (Iterator<Location> locations = cfg.locationIterator(); locations.hasNext(); ) {
      Location location = locations.next();
      if (location.getHandle().getPosition() == pc) {
        return location.getBasicBlock();
      }
    }
    return null;
  }

  /**
   * Whether the class declares the query ({@code name()}) and every call in its body is made on a
   * tracked field of the running object, read as {@code aload_0; getfield; invoke} without
   * arguments.
   */
  private static boolean computedFromOwnFields(
      JavaClass javaClass, String query, TypeOracle types) {
    String name = query.substring(0, query.length() - 2);
    for (Method declared : javaClass.getMethods()) {
      if (declared.isStatic()
          || !declared.getName().equals(name)
          || !"()Z".equals(declared.getSignature())
          || declared.getCode() == null) {
        continue;
      }
      ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
      InstructionList list = new InstructionList(declared.getCode().getCode());
      for (InstructionHandle handle = list.getStart(); handle != null; handle = handle.getNext()) {
        Instruction instruction = handle.getInstruction();
        if (instruction instanceof NEW
            || (instruction instanceof InvokeInstruction call
                && !onTrackedField(call, handle, javaClass.getClassName(), cpg, types))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean onTrackedField(
      InvokeInstruction call,
      InstructionHandle handle,
      String className,
      ConstantPoolGen cpg,
      TypeOracle types) {
    InstructionHandle read = handle.getPrev();
    InstructionHandle receiver = read == null ? null : read.getPrev();
    return call.getOpcode() != Const.INVOKESTATIC
        && call.getOpcode() != Const.INVOKEDYNAMIC
        && call.getSignature(cpg).startsWith("()")
        && read.getInstruction() instanceof GETFIELD field
        && className.equals(field.getClassName(cpg))
        && types.isTrackedSignature(field.getSignature(cpg))
        && receiver != null
        && receiver.getInstruction() instanceof ALOAD load
        && load.getIndex() == 0;
  }

  /** {@code isPolymorphic()} for {@code aload_0; invoke isPolymorphic()Z; ifeq/ifne}. */
  private static @Nullable String queryBranchedOn(InstructionHandle branch, ConstantPoolGen cpg) {
    int opcode = branch.getInstruction().getOpcode();
    InstructionHandle call = branch.getPrev();
    InstructionHandle receiver = call == null ? null : call.getPrev();
    if ((opcode != Const.IFEQ && opcode != Const.IFNE)
        || receiver == null
        || !(call.getInstruction() instanceof InvokeInstruction invoke)
        || invoke.getOpcode() == Const.INVOKESTATIC
        || invoke.getOpcode() == Const.INVOKEDYNAMIC
        || !"()Z".equals(invoke.getSignature(cpg))
        || !(receiver.getInstruction() instanceof ALOAD load)
        || load.getIndex() != 0) {
      return null;
    }
    return invoke.getMethodName(cpg) + "()";
  }

  /**
   * The result of the query with which the branch's outcome is the only way to the dominated use,
   * or null: {@code ifeq} jumps where the result is false.
   */
  private static @Nullable Boolean outcomeOnlyWayTo(
      CFG cfg, BasicBlock test, InstructionHandle branch, BitSet dominators) {
    for (Iterator<Edge> edges = cfg.outgoingEdgeIterator(test); edges.hasNext(); ) {
      Edge edge = edges.next();
      BasicBlock outcome = edge.getTarget();
      if (edge.isExceptionEdge()
          || !dominators.get(outcome.getLabel())
          || !StateGateScan.enteredOnlyFrom(cfg, outcome, test)) {
        continue;
      }
      boolean jumps = edge.getType() == EdgeTypes.IFCMP_EDGE;
      return (branch.getInstruction().getOpcode() == Const.IFNE) == jumps;
    }
    return null;
  }
}
