package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.AnsweringHelpers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IFEQ;
import org.apache.bcel.generic.IFNE;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.IRETURN;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.jspecify.annotations.Nullable;

/**
 * What a boolean helper that answers with a combination of flag fields ({@code return configured &&
 * started;}) says of them where it answers true and where it answers false (policy {@link
 * AnsweringHelpers}): every path through its code, as javac compiles {@code !}, {@code &&} and
 * {@code ||} (a flag read, then {@code ifeq} or {@code ifne}; a field compared with a constant, the
 * flag of that test; constants pushed and returned), with the flag values each path takes.
 */
final class AnswerPaths {

  /** The flag values the helper's answer {@code true}, and its answer {@code false}, imply. */
  record Answers(Map<Flag, Boolean> whenTrue, Map<Flag, Boolean> whenFalse) {}

  /** More paths or steps than this are not followed: the helper is no simple combination. */
  private static final int MOST_PATHS = 16;

  private static final int MOST_STEPS = 64;

  private AnswerPaths() {}

  /** The answers of the helper whose code is {@code code}, reading {@code flags}; else null. */
  static @Nullable Answers of(
      byte[] code,
      String className,
      Set<Flag.Field> flags,
      ConstantPoolGen cpg,
      Function<InvokeInstruction, @Nullable Answers> ownHelper) {
    List<Map<Flag, Boolean>> whenTrue = new ArrayList<>();
    List<Map<Flag, Boolean>> whenFalse = new ArrayList<>();
    InstructionList instructions = new InstructionList(code);
    List<Path> open = new ArrayList<>();
    open.add(new Path(instructions.getStart(), false, null, null, null, Map.of(), 0));
    while (!open.isEmpty()) {
      if (whenTrue.size() + whenFalse.size() + open.size() > MOST_PATHS) {
        return null;
      }
      Path path = open.remove(open.size() - 1);
      if (path.steps() > MOST_STEPS || path.at() == null) {
        return null;
      }
      Instruction ins = path.at().getInstruction();
      InstructionHandle next = path.at().getNext();
      if (ins instanceof ALOAD load && load.getIndex() == 0 && path.isEmpty()) {
        open.add(path.then(next, true, null, null));
      } else if (ins instanceof GETFIELD get && path.self()) {
        Flag.Field flag = new Flag.Field(className, get.getFieldName(cpg), false);
        if (!className.equals(get.getClassName(cpg))) {
          return null;
        }
        if (flags.contains(flag)) {
          open.add(path.then(next, false, flag, null));
          continue;
        }
        // `state == RUNNING`, `count > 0`: the flag of the field's test (policy ConstantTests).
        FinalFieldTests.BranchTest test =
            FinalFieldTests.branchTestAfter(path.at(), get.getSignature(cpg), cpg);
        if (test == null) {
          return null;
        }
        Flag.Field tested = FinalFieldTests.flagOf(className, get.getFieldName(cpg), test.test());
        if (!flags.contains(tested)) {
          return null;
        }
        Path read = path.then(test.branch(), false, tested, null);
        for (Path taken :
            new Path[] {
              read.assuming(
                  test.jumpsWhereHolds(),
                  ((IfInstruction) test.branch().getInstruction()).getTarget()),
              read.assuming(!test.jumpsWhereHolds(), test.branch().getNext())
            }) {
          if (taken != null) {
            open.add(taken);
          }
        }
      } else if (ins instanceof GETSTATIC get && path.isEmpty()) {
        Flag.Field flag = new Flag.Field(className, get.getFieldName(cpg), true);
        if (!className.equals(get.getClassName(cpg)) || !flags.contains(flag)) {
          return null;
        }
        open.add(path.then(next, false, flag, null));
      } else if (ins instanceof InvokeInstruction call
          && path.self()
          && !(ins instanceof INVOKESTATIC)
          && className.equals(call.getClassName(cpg))
          && "()Z".equals(call.getSignature(cpg))) {
        // Another helper of the class on this: its answer implies what it implies.
        Answers nested = ownHelper.apply(call);
        if (nested == null) {
          return null;
        }
        open.add(new Path(next, false, null, null, nested, path.flags(), path.steps() + 1));
      } else if ((ins instanceof IFEQ || ins instanceof IFNE)
          && (path.read() != null || path.nested() != null)) {
        // ifeq jumps where the flag (or answer) is false, ifne where it is true.
        boolean jumpsWhere = ins instanceof IFNE;
        InstructionHandle target = ((IfInstruction) ins).getTarget();
        Path jumped = path.assuming(jumpsWhere, target);
        Path fallen = path.assuming(!jumpsWhere, next);
        for (Path taken : new Path[] {jumped, fallen}) {
          if (taken != null) {
            open.add(taken);
          }
        }
      } else if ((ins instanceof IFNULL || ins instanceof IFNONNULL) && path.read() != null) {
        // A reference flag: ifnull jumps where the field holds no object, ifnonnull where it does.
        boolean jumpsWhere = ins instanceof IFNONNULL;
        InstructionHandle target = ((IfInstruction) ins).getTarget();
        Path jumped = path.assuming(jumpsWhere, target);
        Path fallen = path.assuming(!jumpsWhere, next);
        for (Path taken : new Path[] {jumped, fallen}) {
          if (taken != null) {
            open.add(taken);
          }
        }
      } else if (ins instanceof ICONST constant
          && path.isEmpty()
          && (constant.getValue().intValue() == 0 || constant.getValue().intValue() == 1)) {
        open.add(path.then(next, false, null, constant.getValue().intValue() == 1));
      } else if (ins instanceof GOTO jump) {
        open.add(path.then(jump.getTarget(), path.self(), path.read(), path.constant()));
      } else if (ins instanceof IRETURN && path.constant() != null) {
        (path.constant() ? whenTrue : whenFalse).add(path.flags());
      } else {
        return null;
      }
    }
    Answers answers =
        new Answers(AnsweringHelpers.impliedBy(whenTrue), AnsweringHelpers.impliedBy(whenFalse));
    return answers.whenTrue().isEmpty() && answers.whenFalse().isEmpty() ? null : answers;
  }

  /**
   * A path under way: the next instruction; what is on the stack, {@code this} ({@code self}), the
   * flag just read, or a constant, at most one of them; and the flag values taken so far.
   */
  private record Path(
      @Nullable InstructionHandle at,
      boolean self,
      Flag.@Nullable Field read,
      @Nullable Boolean constant,
      @Nullable Answers nested,
      Map<Flag, Boolean> flags,
      int steps) {

    boolean isEmpty() {
      return !self && read == null && constant == null && nested == null;
    }

    Path then(
        @Nullable InstructionHandle next,
        boolean self,
        Flag.@Nullable Field read,
        @Nullable Boolean constant) {
      return new Path(next, self, read, constant, null, flags, steps + 1);
    }

    /**
     * The path on which what is on the stack (the flag read, or the nested helper's answer) is
     * {@code value}, going on at {@code next}; null where the flags taken so far rule it out.
     */
    @Nullable Path assuming(boolean value, InstructionHandle next) {
      Answers answered = nested;
      Map<Flag, Boolean> implied =
          read != null
              ? Map.of(read, value)
              : answered == null ? Map.of() : value ? answered.whenTrue() : answered.whenFalse();
      Map<Flag, Boolean> taken = new HashMap<>(flags);
      for (Map.Entry<Flag, Boolean> flag : implied.entrySet()) {
        Boolean before = taken.put(flag.getKey(), flag.getValue());
        if (before != null && before != flag.getValue().booleanValue()) {
          return null;
        }
      }
      return new Path(next, false, null, null, null, Map.copyOf(taken), steps + 1);
    }
  }
}
