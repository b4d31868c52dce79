package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.LazyPipelines;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;

/**
 * Where the code that builds a stream pipeline takes its last stream (policy {@link
 * LazyPipelines}), read forward in straight-line bytecode from one of its calls: along the calls
 * made on its result while they return streams, to the first that does not (a terminal operation),
 * or to the {@code areturn} or {@code putfield} that hands the stream out.
 */
final class PipelineEndings {

  private PipelineEndings() {}

  /** Whether the call {@code call} returns a pipeline, as {@code isPipeline} judges class names. */
  static boolean returnsPipeline(
      InvokeInstruction call, ConstantPoolGen cpg, Predicate<String> isPipeline) {
    return call.getReturnType(cpg) instanceof ObjectType type
        && isPipeline.test(type.getClassName());
  }

  static LazyPipelines.Ending of(
      InstructionHandle call, ConstantPoolGen cpg, Predicate<String> isPipeline) {
    int above = 0; // values pushed on top of the stream since the call that made it
    for (InstructionHandle handle = call.getNext(); handle != null; handle = handle.getNext()) {
      Instruction ins = handle.getInstruction();
      int consumed = ins.consumeStack(cpg);
      if (consumed <= above) {
        if (ins instanceof BranchInstruction
            || ins instanceof ReturnInstruction
            || ins instanceof ATHROW) {
          return LazyPipelines.Ending.OTHER;
        }
        above += ins.produceStack(cpg) - consumed;
        continue;
      }
      // This instruction takes the stream.
      if (ins instanceof CHECKCAST) {
        continue;
      }
      if (ins instanceof InvokeInstruction next
          && !(ins instanceof INVOKEDYNAMIC)
          && next.getOpcode() != Const.INVOKESTATIC
          && consumed - above == 1) {
        if (!returnsPipeline(next, cpg, isPipeline)) {
          return LazyPipelines.Ending.TERMINAL_OPERATION;
        }
        above = 0;
        continue;
      }
      if (ins instanceof ARETURN) {
        return LazyPipelines.Ending.RETURNED;
      }
      if ((ins instanceof PUTFIELD || ins instanceof PUTSTATIC) && above == 0) {
        return LazyPipelines.Ending.STORED_IN_FIELD;
      }
      return LazyPipelines.Ending.OTHER;
    }
    return LazyPipelines.Ending.OTHER;
  }
}
