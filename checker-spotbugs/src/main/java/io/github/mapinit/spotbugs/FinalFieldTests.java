package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.BitFlags;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.IntComparison;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARRAYLENGTH;
import org.apache.bcel.generic.BIPUSH;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IADD;
import org.apache.bcel.generic.IAND;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IF_ACMPEQ;
import org.apache.bcel.generic.IF_ACMPNE;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.ISUB;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LCMP;
import org.apache.bcel.generic.LCONST;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.LLOAD;
import org.apache.bcel.generic.LocalVariableInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.SIPUSH;
import org.apache.bcel.generic.Select;
import org.jspecify.annotations.Nullable;

/**
 * The comparisons of the analysed class's final instance fields with constants that its code makes
 * (policy {@link ConstantTests}): {@code this.max > 0}, {@code this.mode == Mode.INDEXED}. Each is
 * a flag that a promise of the class may rest on, named by {@link #flagOf}. javac compiles them to
 * a read of the field next to a constant and a branch, which is what this looks for; the same scan
 * finds a method's comparisons of its locals ({@link #ofLocals}).
 */
final class FinalFieldTests {

  private FinalFieldTests() {}

  /** The flag of {@code test} on the final field {@code field} of {@code className}. */
  static Flag.Field flagOf(String className, String field, String test) {
    return new Flag.Field(className, ConstantTests.flagName(field, test), false);
  }

  /** The field whose test {@code flag}, a flag of {@link #flagOf}, is. */
  static String testedField(Flag.Field flag) {
    return flag.name().substring(0, flag.name().indexOf(' '));
  }

  /** The test that {@code flag}, a flag of {@link #flagOf}, is of its field. */
  static String testOf(Flag.Field flag) {
    return flag.name().substring(flag.name().indexOf(' ') + 1);
  }

  /** Whether {@code flag} is the flag of a test of a final field, not a field itself. */
  static boolean isTestFlag(Flag.Field flag) {
    return flag.name().indexOf(' ') >= 0;
  }

  /**
   * The tests of each final instance field of the class, and of each of its {@code stateFields}
   * (policy {@link ConstantTests#followsStateField}), by field name; of a state field among the
   * {@code counters}, only those that are no test of whether it is 0 ({@link
   * ConstantTests#followsTestOf}).
   */
  static Map<String, Set<String>> in(
      JavaClass javaClass, ConstantPoolGen cpg, Set<String> stateFields, Set<String> counters) {
    Map<String, String> finals = new HashMap<>();
    for (Field field : javaClass.getFields()) {
      if (ConstantTests.followsField(field.isFinal(), field.isStatic())
          || stateFields.contains(field.getName())) {
        finals.put(field.getName(), field.getSignature());
      }
    }
    Map<String, Set<String>> tests = new HashMap<>();
    if (finals.isEmpty()) {
      return tests;
    }
    finals.forEach(
        (name, signature) -> {
          if (signature.equals("L" + AtomicFlags.TYPE.replace('.', '/') + ";")) {
            tests.computeIfAbsent(name, field -> new LinkedHashSet<>()).add(AtomicFlags.TEST);
          }
        });
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList list = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle : list.getInstructionHandles()) {
        EnumSwitches.Selected selected = EnumSwitches.at(handle, javaClass.getClassName(), cpg);
        if (selected != null && selected.field() != null && finals.containsKey(selected.field())) {
          tests
              .computeIfAbsent(selected.field(), name -> new LinkedHashSet<>())
              .addAll(EnumSwitches.testsOf(selected, (Select) handle.getInstruction()));
        }
      }
      Instruction[] code = list.getInstructions();
      for (int i = 0; i < code.length - 1; i++) {
        boolean ownRead =
            (i > 0
                    && code[i - 1] instanceof ALOAD receiver
                    && receiver.getIndex() == 0
                    && code[i] instanceof GETFIELD)
                // A static state field's (policy StaticPromises).
                || code[i] instanceof GETSTATIC;
        // `--size == INLINE`: the value an update stored, kept below the object, is tested.
        boolean storeOfUpdate =
            i >= 2
                && code[i] instanceof PUTFIELD
                && CounterFields.keepsValueBelowObject(code[i - 1])
                && (code[i - 2] instanceof IADD || code[i - 2] instanceof ISUB);
        if ((ownRead || storeOfUpdate)
            && code[i] instanceof FieldInstruction read
            && javaClass.getClassName().equals(read.getClassName(cpg))
            && finals.containsKey(read.getFieldName(cpg))) {
          String signature = finals.getOrDefault(read.getFieldName(cpg), "");
          String test = testAround(code, i, signature, cpg);
          if (test != null) {
            tests.computeIfAbsent(read.getFieldName(cpg), name -> new LinkedHashSet<>()).add(test);
          }
        }
      }
    }
    addIdentityTests(javaClass, cpg, tests);
    for (String state : stateFields) {
      Set<String> named = tests.get(state);
      if (named != null) {
        named.removeIf(
            test ->
                !ConstantTests.followsStateTest(test)
                    || !ConstantTests.followsTestOf(counters.contains(state), test));
        if (named.isEmpty()) {
          tests.remove(state);
        }
      }
    }
    return tests;
  }

  /**
   * Policy {@link ConstantTests#IS_RUNNING_OBJECT}: {@code this == EMPTY}, a comparison of the
   * running object with a static final field of the class that holds one of it ({@code aload_0;
   * getstatic EMPTY; if_acmpne} and its mirror), a test of that field.
   */
  private static void addIdentityTests(
      JavaClass javaClass, ConstantPoolGen cpg, Map<String, Set<String>> tests) {
    Set<String> shared = sharedInstanceFields(javaClass);
    if (shared.isEmpty()) {
      return;
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null || method.isStatic()) {
        continue;
      }
      Instruction[] code = new InstructionList(method.getCode().getCode()).getInstructions();
      for (int i = 2; i < code.length; i++) {
        if (code[i] instanceof IF_ACMPEQ || code[i] instanceof IF_ACMPNE) {
          String read = sharedRead(code[i - 1], code[i - 2], javaClass, cpg);
          if (read == null) {
            read = sharedRead(code[i - 2], code[i - 1], javaClass, cpg);
          }
          if (read != null && shared.contains(read)) {
            tests
                .computeIfAbsent(read, name -> new LinkedHashSet<>())
                .add(ConstantTests.IS_RUNNING_OBJECT);
          }
        }
      }
    }
  }

  /** The static final fields of the class of its own type ({@code EMPTY}), by name. */
  static Set<String> sharedInstanceFields(JavaClass javaClass) {
    Set<String> shared = new HashSet<>();
    String ownType = "L" + javaClass.getClassName().replace('.', '/') + ";";
    for (Field field : javaClass.getFields()) {
      if (field.isStatic() && field.isFinal() && field.getSignature().equals(ownType)) {
        shared.add(field.getName());
      }
    }
    return shared;
  }

  /** The field that {@code read} reads when {@code self} pushes {@code this}; null otherwise. */
  private static @Nullable String sharedRead(
      Instruction read, Instruction self, JavaClass javaClass, ConstantPoolGen cpg) {
    return self instanceof ALOAD load
            && load.getIndex() == 0
            && read instanceof GETSTATIC field
            && javaClass.getClassName().equals(field.getClassName(cpg))
        ? field.getFieldName(cpg)
        : null;
  }

  /**
   * The comparisons of each local of {@code code} with constants, by slot: {@code iload n; bipush
   * 3; if_icmpge}, {@code aload n; getstatic E.C; if_acmpne} and their mirrors.
   */
  static Map<Integer, Set<String>> ofLocals(
      InstructionList list, String className, ConstantPoolGen cpg) {
    Map<Integer, Set<String>> tests = new HashMap<>();
    for (InstructionHandle handle : list.getInstructionHandles()) {
      EnumSwitches.Selected selected = EnumSwitches.at(handle, className, cpg);
      if (selected != null && selected.field() == null) {
        tests
            .computeIfAbsent(selected.slot(), slot -> new HashSet<>())
            .addAll(EnumSwitches.testsOf(selected, (Select) handle.getInstruction()));
      }
    }
    Instruction[] code = list.getInstructions();
    for (int i = 0; i < code.length - 1; i++) {
      String signature =
          code[i] instanceof ILOAD
              ? "I"
              : code[i] instanceof LLOAD ? "J" : code[i] instanceof ALOAD ? "" : null;
      if (signature != null) {
        String test = testAround(code, i, signature, cpg);
        if (test != null) {
          tests
              .computeIfAbsent(
                  ((LocalVariableInstruction) code[i]).getIndex(), slot -> new HashSet<>())
              .add(test);
        }
      }
    }
    return tests;
  }

  /**
   * A branch on a field just read, compared with a constant: the test it makes, the branch
   * instruction, and the test's value on the branch's jump.
   */
  record BranchTest(String test, InstructionHandle branch, boolean jumpsWhereHolds) {}

  /**
   * The branch test right after {@code read}, a read of an int, long or enum field of {@code
   * signature}: {@code ifle} (against 0), a constant and {@code if_icmpne} (or {@code lcmp} and
   * {@code ifle}), an enum constant and {@code if_acmpne}; null for anything else.
   */
  static @Nullable BranchTest branchTestAfter(
      InstructionHandle read, String signature, ConstantPoolGen cpg) {
    InstructionHandle next = read.getNext();
    if (next == null) {
      return null;
    }
    BranchTest bits = ClassModel.isIntegral(signature) ? bitBranchAfter(next, cpg) : null;
    if (bits != null) {
      return bits;
    }
    IntComparison againstZero =
        ClassModel.isIntegral(signature)
            ? comparisonWithZero(next.getInstruction().getOpcode())
            : null;
    if (againstZero != null) {
      return new BranchTest(
          againstZero.flagTested(0, false), next, againstZero.flagWhereHolds(false));
    }
    InstructionHandle branch = next.getNext();
    if (branch == null) {
      return null;
    }
    if (signature.equals("J") && branch.getInstruction() instanceof LCMP) {
      // A long is compared with lcmp, then the result with 0, as an int branch would compare them.
      InstructionHandle longBranch = branch.getNext();
      IntComparison comparison =
          longBranch == null ? null : comparisonWithZero(longBranch.getInstruction().getOpcode());
      Integer number = intConstant(next.getInstruction(), cpg);
      return comparison == null || number == null
          ? null
          : new BranchTest(
              comparison.flagTested(number, false), longBranch, comparison.flagWhereHolds(false));
    }
    IntComparison comparison =
        ClassModel.isIntegral(signature)
            ? comparisonOfTwo(branch.getInstruction().getOpcode())
            : null;
    Integer number = intConstant(next.getInstruction(), cpg);
    if (comparison != null && number != null) {
      return new BranchTest(
          comparison.flagTested(number, false), branch, comparison.flagWhereHolds(false));
    }
    int opcode = branch.getInstruction().getOpcode();
    String named =
        next.getInstruction() instanceof GETSTATIC constant
                && signature.equals(constant.getSignature(cpg))
                && (opcode == Const.IF_ACMPEQ || opcode == Const.IF_ACMPNE)
            ? namedConstant(constant, cpg)
            : null;
    return named == null
        ? null
        : new BranchTest(ConstantTests.equalTo(named), branch, opcode == Const.IF_ACMPEQ);
  }

  /**
   * Policy {@link BitFlags}: {@code const MASK; iand} from {@code next} on, then {@code ifne} (or a
   * constant and {@code if_icmpeq}): the test of the mask's flag; null for anything else.
   */
  private static @Nullable BranchTest bitBranchAfter(InstructionHandle next, ConstantPoolGen cpg) {
    InstructionHandle and = next.getNext();
    Integer mask = intConstant(next.getInstruction(), cpg);
    if (mask == null || and == null || !(and.getInstruction() instanceof IAND)) {
      return null;
    }
    InstructionHandle branch = and.getNext();
    if (branch == null) {
      return null;
    }
    IntComparison againstZero = comparisonWithZero(branch.getInstruction().getOpcode());
    if (againstZero != null) {
      Boolean whereHolds = BitFlags.flagWhereHolds(againstZero, mask, 0);
      return whereHolds == null ? null : new BranchTest(BitFlags.test(mask), branch, whereHolds);
    }
    InstructionHandle compare = branch.getNext();
    Integer compared = intConstant(branch.getInstruction(), cpg);
    IntComparison comparison =
        compare == null ? null : comparisonOfTwo(compare.getInstruction().getOpcode());
    Boolean whereHolds =
        comparison == null || compared == null
            ? null
            : BitFlags.flagWhereHolds(comparison, mask, compared);
    return whereHolds == null ? null : new BranchTest(BitFlags.test(mask), compare, whereHolds);
  }

  /** The test that the read at {@code read} of a field of {@code signature} is in, or null. */
  private static @Nullable String testAround(
      Instruction[] code, int read, String signature, ConstantPoolGen cpg) {
    Instruction next = code[read + 1];
    String atomic = atomicStateTestAround(code, read, signature, cpg);
    if (atomic != null) {
      return atomic;
    }
    if (next instanceof INVOKEVIRTUAL call) {
      return recordAccessorTest(call, cpg);
    }
    if (next instanceof ARRAYLENGTH && read + 2 < code.length) {
      return emptyArrayTest(code, read + 2, cpg);
    }
    if (read + 2 < code.length && code[read + 2] instanceof InvokeInstruction call) {
      String constant = constantName(next, cpg);
      String test = constant == null ? null : membershipTest(call, constant, cpg);
      if (test != null) {
        return test;
      }
    }
    if (signature.equals("J")) {
      return longTestAround(code, read, cpg);
    }
    boolean isInt = ClassModel.isIntegral(signature);
    String bits = isInt && !signature.equals("J") ? bitTestAround(code, read, cpg) : null;
    if (bits != null) {
      return bits;
    }
    IntComparison againstZero = isInt ? comparisonWithZero(next.getOpcode()) : null;
    if (againstZero != null) {
      return againstZero.flagTested(0, false);
    }
    if (read + 2 < code.length) {
      String after = testOf(next, code[read + 2], false, isInt, signature, cpg);
      if (after != null) {
        return after;
      }
    }
    return read >= 2 ? testOf(code[read - 2], next, true, isInt, signature, cpg) : null;
  }

  /**
   * Policy {@link AtomicStates}: {@code status.get() == Status.ARMED} or {@code state.get() > 2}
   * after the read at {@code read} of a final field holding an atomic state ({@code getfield;
   * invokevirtual get; checkcast; getstatic; if_acmpne}), the constant after the value; null for
   * anything else.
   */
  private static @Nullable String atomicStateTestAround(
      Instruction[] code, int read, String signature, ConstantPoolGen cpg) {
    if (!signature.startsWith("L")
        || !AtomicStates.holdsState(
            signature.substring(1, signature.length() - 1).replace('/', '.'))
        || !(code[read + 1] instanceof INVOKEVIRTUAL call)
        || AtomicStates.of(call.getMethodName(cpg), call.getArgumentTypes(cpg).length)
            != AtomicFlags.Operation.READ) {
      return null;
    }
    int value = read + 1;
    // javac compares an AtomicReference's Object with a constant without a cast: any type then.
    String valueSignature =
        call.getReturnType(cpg) instanceof BasicType number ? number.getSignature() : "";
    if (value + 1 < code.length && code[value + 1] instanceof CHECKCAST cast) {
      value++;
      valueSignature = cast.getType(cpg).getSignature();
    }
    if (value + 2 >= code.length) {
      return null;
    }
    if (valueSignature.equals("J")) {
      return longTestAround(code, value, cpg);
    }
    boolean isInt = ClassModel.isIntegral(valueSignature);
    IntComparison againstZero = isInt ? comparisonWithZero(code[value + 1].getOpcode()) : null;
    return againstZero != null
        ? againstZero.flagTested(0, false)
        : testOf(code[value + 1], code[value + 2], false, isInt, valueSignature, cpg);
  }

  /**
   * Policy {@link BitFlags}: {@code (flags & MASK) != 0} around the read at {@code read} ({@code
   * getfield; const; iand; ifne}, the constant before the read for {@code MASK & flags}, or {@code
   * iand; const; if_icmpeq} for {@code == MASK}); null for anything else.
   */
  private static @Nullable String bitTestAround(Instruction[] code, int read, ConstantPoolGen cpg) {
    Integer mask = null;
    int and = -1;
    if (read + 2 < code.length && code[read + 2] instanceof IAND) {
      mask = intConstant(code[read + 1], cpg);
      and = read + 2;
    } else if (read >= 2 && read + 1 < code.length && code[read + 1] instanceof IAND) {
      mask = intConstant(code[code[read - 1] instanceof ALOAD ? read - 2 : read - 1], cpg);
      and = read + 1;
    }
    if (mask == null || and + 1 >= code.length) {
      return null;
    }
    IntComparison againstZero = comparisonWithZero(code[and + 1].getOpcode());
    Boolean whereHolds = null;
    if (againstZero != null) {
      whereHolds = BitFlags.flagWhereHolds(againstZero, mask, 0);
    } else if (and + 2 < code.length) {
      IntComparison comparison = comparisonOfTwo(code[and + 2].getOpcode());
      Integer compared = intConstant(code[and + 1], cpg);
      if (comparison != null && compared != null) {
        whereHolds = BitFlags.flagWhereHolds(comparison, mask, compared);
      }
    }
    return whereHolds == null ? null : BitFlags.test(mask);
  }

  /**
   * The test that the read at {@code read} of a long is in: {@code lcmp} of it and a constant, and
   * the branch on the result, which compares them as an int branch would; null otherwise.
   */
  private static @Nullable String longTestAround(
      Instruction[] code, int read, ConstantPoolGen cpg) {
    if (read + 3 < code.length && code[read + 2] instanceof LCMP) {
      Integer number = intConstant(code[read + 1], cpg);
      IntComparison comparison = comparisonWithZero(code[read + 3].getOpcode());
      if (number != null && comparison != null) {
        return comparison.flagTested(number, false);
      }
    }
    if (read >= 2 && read + 2 < code.length && code[read + 1] instanceof LCMP) {
      // The constant was pushed before the read (and the receiver, for a field).
      Integer number =
          intConstant(code[code[read - 1] instanceof ALOAD ? read - 2 : read - 1], cpg);
      IntComparison comparison = comparisonWithZero(code[read + 2].getOpcode());
      if (number != null && comparison != null) {
        return comparison.flagTested(number, true);
      }
    }
    return null;
  }

  /**
   * {@link ConstantTests#EMPTY_ARRAY} where the instructions from {@code at} on compare the length
   * just read with a constant in a way that asks whether it is 0; null otherwise.
   */
  private static @Nullable String emptyArrayTest(Instruction[] code, int at, ConstantPoolGen cpg) {
    IntComparison againstZero = comparisonWithZero(code[at].getOpcode());
    Boolean whereZero = againstZero == null ? null : Counters.holdsWhereZero(againstZero, 0, false);
    if (whereZero == null && at + 1 < code.length) {
      IntComparison comparison = comparisonOfTwo(code[at + 1].getOpcode());
      Integer number = intConstant(code[at], cpg);
      whereZero =
          comparison == null || number == null
              ? null
              : Counters.holdsWhereZero(comparison, number, false);
    }
    return whereZero == null ? null : ConstantTests.EMPTY_ARRAY;
  }

  /** {@code constant}, compared by {@code branch} with the field on its other side. */
  private static @Nullable String testOf(
      Instruction constant,
      Instruction branch,
      boolean constantOnLeft,
      boolean isInt,
      String signature,
      ConstantPoolGen cpg) {
    IntComparison comparison = isInt ? comparisonOfTwo(branch.getOpcode()) : null;
    Integer number = intConstant(constant, cpg);
    if (comparison != null && number != null) {
      return comparison.flagTested(number, constantOnLeft);
    }
    String named =
        constant instanceof GETSTATIC read
                && (signature.isEmpty() || signature.equals(read.getSignature(cpg)))
            ? namedConstant(read, cpg)
            : null;
    int opcode = branch.getOpcode();
    return named != null && (opcode == Const.IF_ACMPEQ || opcode == Const.IF_ACMPNE)
        ? ConstantTests.equalTo(named)
        : null;
  }

  /**
   * The name of a static field read as a constant of its own class's type: an enum constant ({@code
   * Mode.INDEXED}), or null.
   */
  static @Nullable String namedConstant(GETSTATIC read, ConstantPoolGen cpg) {
    String owner = read.getClassName(cpg);
    String signature = read.getSignature(cpg);
    return signature.equals("L" + owner.replace('.', '/') + ";") ? read.getFieldName(cpg) : null;
  }

  /**
   * The test that {@code call} makes when it asks whether a collection contains {@code constant}
   * (policy {@link ConstantTests#membership}); null for another call. Whether the receiver can
   * change is the class's question ({@link UnmodifiableFields}).
   */
  static @Nullable String membershipTest(
      InvokeInstruction call, String constant, ConstantPoolGen cpg) {
    return "(Ljava/lang/Object;)Z".equals(call.getSignature(cpg))
            && call.getOpcode() != Const.INVOKESTATIC
        ? ConstantTests.membership(call.getMethodName(cpg), 1, constant)
        : null;
  }

  /** An enum constant's simple name, or a string constant in quotes, that {@code ins} pushes. */
  private static @Nullable String constantName(Instruction ins, ConstantPoolGen cpg) {
    if (ins instanceof GETSTATIC read) {
      return namedConstant(read, cpg);
    }
    return ins instanceof LDC constant && constant.getValue(cpg) instanceof String text
        ? '"' + text + '"'
        : null;
  }

  /**
   * The test that {@code call} makes, when it calls a boolean component accessor of a record
   * (policy {@link ConstantTests#recordAccessor}); null for another call.
   */
  static @Nullable String recordAccessorTest(InvokeInstruction call, ConstantPoolGen cpg) {
    if (call.getOpcode() != Const.INVOKEVIRTUAL || !"()Z".equals(call.getSignature(cpg))) {
      return null;
    }
    XClass owner = ClassLookup.xclass(call.getClassName(cpg));
    if (owner == null) {
      return null;
    }
    ClassDescriptor superclass = owner.getSuperclassDescriptor();
    String name = call.getMethodName(cpg);
    return superclass != null
            && "java.lang.Record".equals(superclass.getDottedClassName())
            && owner.findField(name, "Z", false) != null
        ? ConstantTests.recordAccessor(name)
        : null;
  }

  /** The int that {@code ins} pushes, or a long that an int can hold; null for another. */
  static @Nullable Integer intConstant(Instruction ins, ConstantPoolGen cpg) {
    if (ins instanceof ICONST constant) {
      return constant.getValue().intValue();
    }
    if (ins instanceof LCONST constant) {
      return constant.getValue().intValue();
    }
    if (ins instanceof LDC2_W load && load.getValue(cpg) instanceof Long number) {
      return number == number.intValue() ? Integer.valueOf(number.intValue()) : null;
    }
    if (ins instanceof BIPUSH constant) {
      return constant.getValue().intValue();
    }
    if (ins instanceof SIPUSH constant) {
      return constant.getValue().intValue();
    }
    return ins instanceof LDC load && load.getValue(cpg) instanceof Integer number ? number : null;
  }

  private static @Nullable IntComparison comparisonWithZero(int opcode) {
    return switch (opcode) {
      case Const.IFEQ -> IntComparison.EQUAL;
      case Const.IFNE -> IntComparison.NOT_EQUAL;
      case Const.IFLT -> IntComparison.LESS;
      case Const.IFGE -> IntComparison.GREATER_OR_EQUAL;
      case Const.IFGT -> IntComparison.GREATER;
      case Const.IFLE -> IntComparison.LESS_OR_EQUAL;
      default -> null;
    };
  }

  private static @Nullable IntComparison comparisonOfTwo(int opcode) {
    return switch (opcode) {
      case Const.IF_ICMPEQ -> IntComparison.EQUAL;
      case Const.IF_ICMPNE -> IntComparison.NOT_EQUAL;
      case Const.IF_ICMPLT -> IntComparison.LESS;
      case Const.IF_ICMPGE -> IntComparison.GREATER_OR_EQUAL;
      case Const.IF_ICMPGT -> IntComparison.GREATER;
      case Const.IF_ICMPLE -> IntComparison.LESS_OR_EQUAL;
      default -> null;
    };
  }
}
