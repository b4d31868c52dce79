package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Edge;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.CorrelatedResets;
import io.github.mapinit.policy.rules.Overriding;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.ArithmeticInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.ConversionInstruction;
import org.apache.bcel.generic.DCMPG;
import org.apache.bcel.generic.DCMPL;
import org.apache.bcel.generic.DNEG;
import org.apache.bcel.generic.FCMPG;
import org.apache.bcel.generic.FCMPL;
import org.apache.bcel.generic.FNEG;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IALOAD;
import org.apache.bcel.generic.INEG;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LCMP;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.LNEG;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.Select;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 (policy {@link CorrelatedResets}): the fields of the object whose map a use reads that the
 * tests on every path to the use read, from the bytecode: a branch or switch one of whose outcomes
 * is the only way to the use (the outcome's block has the test as its only predecessor and
 * dominates the use, exceptions aside), and the fields read through the same receiver ({@code
 * aload_0; getfield}, or {@code aload_1; getfield} for {@code tx.writes}) whose value the test
 * decides on, directly ({@code getfield current; getstatic NO_SNAPSHOT; if_acmpne}) or through what
 * is computed from it ({@code getfield txLock; invokevirtual isHeldByCurrentThread()Z; ifne}); and
 * the fields that the branches of a check called on it on every path before the use read ({@code
 * aload_0; invokevirtual requireLoaded()V}). On the running object only the kinds beyond the flag
 * rules count; on another object every kind does, as the flag rules follow the running object
 * alone.
 */
final class TestedFields {

  /** How many instructions a tested value may pass through before the test. */
  private static final int MAX_STEPS = 8;

  private TestedFields() {}

  private static @Nullable InstructionHandle consumerOf(
      InstructionHandle producer, ConstantPoolGen cpg) {
    Callbacks.Consumption consumption = Callbacks.takenOffBy(producer, cpg);
    return consumption == null ? null : consumption.at();
  }

  /**
   * The fields of {@code map}'s class tested on the way to the instruction at {@code pc}; in a
   * lambda's body that an {@code Optional} of the running object runs only where it holds a value
   * ({@code source.map(s -> properties.size())}, policy {@code JavaSemantics.runsOnlyWhenPresent}),
   * that field too, and those tested on the way to the call in the method that makes the lambda.
   */
  static Set<String> at(
      ClassContext classContext, Method method, int pc, FieldKey map, TypeOracle types) {
    Set<String> fields = inMethod(classContext, method, pc, map, types);
    if (Callbacks.isLambdaBody(method) && !method.isStatic()) {
      JavaClass javaClass = classContext.getJavaClass();
      Method creator = Callbacks.creators(javaClass).get(method.getName() + method.getSignature());
      if (creator == null || creator.getCode() == null) {
        return fields;
      }
      InstructionHandle call =
          presenceCall(javaClass, creator, method, classContext.getConstantPoolGen());
      if (call != null) {
        fields.addAll(presenceTested(javaClass, creator, call, types));
        fields.addAll(at(classContext, creator, call.getPosition(), map, types));
      }
    }
    return fields;
  }

  /**
   * The call in {@code creator} that takes {@code lambda}'s function as the argument that an {@code
   * Optional} runs only where it holds a value, or null.
   */
  private static @Nullable InstructionHandle presenceCall(
      JavaClass javaClass, Method creator, Method lambda, ConstantPoolGen cpg) {
    String key = lambda.getName() + lambda.getSignature();
    for (InstructionHandle handle : new InstructionList(creator.getCode().getCode())) {
      if (handle.getInstruction() instanceof INVOKEDYNAMIC creation
          && key.equals(Callbacks.createdBy(javaClass, creation, cpg))) {
        Callbacks.Consumption consumption = Callbacks.takenOffBy(handle, cpg);
        if (consumption != null
            && consumption.at().getInstruction() instanceof InvokeInstruction call
            && !(call instanceof INVOKEDYNAMIC)
            && call.getOpcode() != Const.INVOKESTATIC
            && JavaSemantics.runsOnlyWhenPresent(
                call.getClassName(cpg), call.getMethodName(cpg), consumption.slot() - 1)) {
          return consumption.at();
        }
      }
    }
    return null;
  }

  /**
   * The field of the running object whose {@code Optional} {@code call} in {@code creator} is made
   * on ({@code aload_0; getfield source; invokedynamic; invokevirtual map}), where its kind counts.
   */
  private static Set<String> presenceTested(
      JavaClass javaClass, Method creator, InstructionHandle call, TypeOracle types) {
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    String className = javaClass.getClassName();
    for (InstructionHandle handle : new InstructionList(creator.getCode().getCode())) {
      String field = CallbackHolders.ownFieldRead(handle, className, cpg);
      Callbacks.Consumption consumption = field == null ? null : Callbacks.takenOffBy(handle, cpg);
      if (consumption != null
          && consumption.slot() == 0
          && consumption.at().getPosition() == call.getPosition()
          && counts(handle, className, cpg, types, false)) {
        return Set.of(field);
      }
    }
    return Set.of();
  }

  /** The fields of {@code map}'s class tested on the way to {@code pc} in {@code method}. */
  private static Set<String> inMethod(
      ClassContext classContext, Method method, int pc, FieldKey map, TypeOracle types) {
    Set<String> fields = new LinkedHashSet<>();
    String className = classContext.getJavaClass().getClassName();
    if (method.getCode() == null) {
      return fields;
    }
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    InstructionList code = new InstructionList(method.getCode().getCode());
    boolean instance = !method.isStatic();
    String receiver = receiverOfRead(code, pc, map, new Receiver("", className, instance), cpg);
    // Without a read of the map feeding the use (a local copy), the running object's tests count.
    String testedKey = receiver == null ? RUNNING_OBJECT : receiver;
    boolean runningObject = testedKey.equals(RUNNING_OBJECT);
    JavaClass mapClass =
        runningObject ? classContext.getJavaClass() : ClassLookup.javaClass(map.className());
    if ((runningObject && (!instance || !className.equals(map.className()))) || mapClass == null) {
      return fields;
    }
    Receiver tested = new Receiver(testedKey, className, instance);
    try {
      CFG cfg = classContext.getCFG(method);
      BasicBlock useBlock = StateQueryGuards.blockAt(cfg, pc);
      if (useBlock == null) {
        return fields;
      }
      BitSet dominators =
          classContext.getNonExceptionDominatorsAnalysis(method).getAllDominatorsOf(useBlock);
      Set<Integer> guards = new HashSet<>();
      for (Iterator<BasicBlock> blocks = cfg.blockIterator(); blocks.hasNext(); ) {
        BasicBlock block = blocks.next();
        InstructionHandle test = block.getLastInstruction();
        if (test != null
            && (test.getInstruction() instanceof IfInstruction
                || test.getInstruction() instanceof Select)
            && guards(cfg, block, dominators)) {
          guards.add(test.getPosition());
        }
      }
      for (InstructionHandle handle : code) {
        String field = tested.fieldRead(handle, map.className(), cpg);
        InstructionHandle test = field == null ? null : testOf(handle, cpg);
        if (test != null
            && guards.contains(test.getPosition())
            && counts(handle, map.className(), cpg, types, !runningObject)) {
          fields.add(field);
        }
        InstructionHandle call = tested.callFrom(handle, map.className(), cpg);
        Method callee = call == null ? null : calleeOf(call, mapClass, cpg);
        if (call == null || callee == null) {
          continue;
        }
        boolean overridable =
            Overriding.isOverridable(
                false, false, callee.isPrivate(), callee.isFinal(), mapClass.isFinal());
        boolean returnsNothing = Type.VOID.equals(callee.getReturnType());
        if (CorrelatedResets.callTests(
            overridable, returnsNothing, throwsOrAssigns(callee, map, mapClass))) {
          BasicBlock callBlock = StateQueryGuards.blockAt(cfg, call.getPosition());
          if (callBlock != null && dominators.get(callBlock.getLabel())) {
            fields.addAll(readsIn(callee, mapClass, types, true, !runningObject));
          }
        } else if (!returnsNothing && CorrelatedResets.queryTests(overridable)) {
          InstructionHandle queryTest = testOf(call, cpg);
          if (queryTest != null && guards.contains(queryTest.getPosition())) {
            fields.addAll(readsIn(callee, mapClass, types, false, !runningObject));
          }
        }
      }
      return fields;
    } catch (CFGBuilderException | DataflowAnalysisException e) {
      // A method whose flow cannot be read shows no test: the finding keeps its confidence.
      return fields;
    }
  }

  /** The receiver key of {@code aload_0} in an instance method: the running object. */
  private static final String RUNNING_OBJECT = "this";

  /**
   * The receiver of the read of {@code map} whose value the instruction at {@code pc} dereferences,
   * as a key ({@link Receiver#keyOf}), or null where no such read feeds it (a local copy).
   */
  private static @Nullable String receiverOfRead(
      InstructionList code, int pc, FieldKey map, Receiver method, ConstantPoolGen cpg) {
    InstructionHandle read = FieldReads.feeding(code, pc, map, cpg);
    return read == null || read.getPrev() == null ? null : method.keyOf(read.getPrev(), cpg);
  }

  /**
   * The object whose fields a use's tests may read, named by {@code key} ({@link #keyOf}), in code
   * of {@code className}, an instance method's if {@code instance}.
   */
  private record Receiver(String key, String className, boolean instance) {

    /**
     * The variable whose value the instruction at {@code last} pushes, as a key: {@link
     * #RUNNING_OBJECT} for an instance method's {@code aload_0}, a local slot ({@code aload_1}), a
     * field of the running object ({@code aload_0; getfield tx}) or a static field; null for
     * anything else.
     */
    @Nullable String keyOf(InstructionHandle last, ConstantPoolGen cpg) {
      Instruction instruction = last.getInstruction();
      if (instruction instanceof ALOAD load) {
        return load.getIndex() == 0 && instance ? RUNNING_OBJECT : "local " + load.getIndex();
      }
      String field = instance ? CallbackHolders.ownFieldRead(last, className, cpg) : null;
      if (field != null) {
        return "field " + field;
      }
      return instruction instanceof GETSTATIC constant
          ? "static " + constant.getClassName(cpg) + "." + constant.getFieldName(cpg)
          : null;
    }

    /** Whether the instruction at {@code last} pushes this receiver. */
    boolean pushedBy(@Nullable InstructionHandle last, ConstantPoolGen cpg) {
      return last != null && key.equals(keyOf(last, cpg));
    }

    /** The field of {@code fieldClass} that {@code handle} reads from this receiver, or null. */
    @Nullable String fieldRead(InstructionHandle handle, String fieldClass, ConstantPoolGen cpg) {
      return handle.getInstruction() instanceof GETFIELD read
              && fieldClass.equals(read.getClassName(cpg))
              && pushedBy(handle.getPrev(), cpg)
          ? read.getFieldName(cpg)
          : null;
    }

    /**
     * The call of a method of {@code methodClass} that takes the receiver pushed at {@code handle}
     * as its own, or null.
     */
    @Nullable InstructionHandle callFrom(
        InstructionHandle handle, String methodClass, ConstantPoolGen cpg) {
      if (!pushedBy(handle, cpg)) {
        return null;
      }
      Callbacks.Consumption consumption = Callbacks.consumptionOf(handle, cpg);
      return consumption != null
              && consumption.slot() == 0
              && consumption.at().getInstruction() instanceof InvokeInstruction call
              && !(call instanceof INVOKEDYNAMIC)
              && call.getOpcode() != Const.INVOKESTATIC
              && methodClass.equals(call.getClassName(cpg))
          ? consumption.at()
          : null;
    }
  }

  /** The instance method of the class that {@code call} names, if the class declares it. */
  private static @Nullable Method calleeOf(
      InstructionHandle call, JavaClass javaClass, ConstantPoolGen cpg) {
    InvokeInstruction invoke = (InvokeInstruction) call.getInstruction();
    String name = invoke.getMethodName(cpg);
    String signature = invoke.getSignature(cpg);
    for (Method declared : javaClass.getMethods()) {
      if (declared.getName().equals(name)
          && declared.getSignature().equals(signature)
          && declared.getCode() != null
          && !declared.isStatic()
          && !Const.CONSTRUCTOR_NAME.equals(name)) {
        return declared;
      }
    }
    return null;
  }

  /**
   * The fields of the running object that {@code method} reads: those its branches and switches
   * decide on (a check's tests), or all (a query's answer); of every kind with {@code anyKind}.
   */
  private static Set<String> readsIn(
      Method method, JavaClass javaClass, TypeOracle types, boolean testsOnly, boolean anyKind) {
    Set<String> fields = new LinkedHashSet<>();
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      String field = CallbackHolders.ownFieldRead(handle, javaClass.getClassName(), cpg);
      if (field != null
          && (!testsOnly || testOf(handle, cpg) != null)
          && counts(handle, javaClass.getClassName(), cpg, types, anyKind)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /**
   * Whether {@code method}'s code throws somewhere or assigns {@code map} on the running object.
   */
  private static boolean throwsOrAssigns(Method method, FieldKey map, JavaClass owner) {
    ConstantPoolGen cpg = ClassLookup.constantPool(owner);
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof ATHROW
          || (instruction instanceof PUTFIELD store
              && map.name().equals(store.getFieldName(cpg))
              && map.className().equals(store.getClassName(cpg)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a test of the field that the {@code getfield} at {@code handle} reads, a field of
   * {@code fieldClass}, can show a correlated reset: any kind can with {@code anyKind} (another
   * object's field), else only a kind beyond the flag rules (policy {@code
   * CorrelatedResets.testCounts}).
   */
  private static boolean counts(
      InstructionHandle handle,
      String fieldClass,
      ConstantPoolGen cpg,
      TypeOracle types,
      boolean anyKind) {
    String field = ((GETFIELD) handle.getInstruction()).getFieldName(cpg);
    Type type = ((GETFIELD) handle.getInstruction()).getType(cpg);
    boolean isEnum = false;
    if (type instanceof ObjectType object) {
      JavaClass typeClass = ClassLookup.javaClass(object.getClassName());
      isEnum = typeClass != null && typeClass.isEnum();
    }
    String typeName = type instanceof ObjectType object ? object.getClassName() : type.toString();
    boolean isCollection =
        types.isTrackedSignature(type.getSignature())
            || (type instanceof ObjectType
                && CollectionEmptiness.TYPES.stream()
                    .anyMatch(collection -> types.isSubtype(typeName, collection)));
    // `getfield journal; ifnonnull`: the field's null test alone.
    InstructionHandle next = handle.getNext();
    boolean testedForNull =
        next != null
            && (next.getInstruction().getOpcode() == Const.IFNULL
                || next.getInstruction().getOpcode() == Const.IFNONNULL);
    // `getfield view; getstatic EMPTY; if_acmpne`: the field's reference compared with another.
    InstructionHandle consumer = consumerOf(handle, cpg);
    boolean comparedByReference =
        consumer != null
            && (consumer.getInstruction().getOpcode() == Const.IF_ACMPEQ
                || consumer.getInstruction().getOpcode() == Const.IF_ACMPNE);
    JavaClass owner = ClassLookup.javaClass(fieldClass);
    boolean isFinal =
        owner != null
            && Arrays.stream(owner.getFields())
                .anyMatch(declared -> declared.getName().equals(field) && declared.isFinal());
    return CorrelatedResets.testCounts(
        !anyKind,
        typeName,
        isFinal,
        isEnum,
        isCollection,
        testedForNull,
        comparedByReference,
        () -> comparedWithConstants(handle, cpg));
  }

  /**
   * Whether the value read at {@code read} reaches its test compared with constants only ({@code
   * getfield size; iconst_4; if_icmple}, {@code getfield flags; iconst_1; iand; ifeq}), as the
   * condition itself ({@code getfield open; ifeq}), or as what a switch selects on ({@code getfield
   * phase; invokevirtual ordinal()I; iaload; tableswitch}, an enum's switch map).
   */
  private static boolean comparedWithConstants(InstructionHandle read, ConstantPoolGen cpg) {
    InstructionHandle value = read;
    InstructionHandle pushedFirst = read.getPrev(); // the aload_0: what came before it is older
    for (int step = 0; step < MAX_STEPS; step++) {
      InstructionHandle consumer = consumerOf(value, cpg);
      if (consumer == null) {
        return false;
      }
      Instruction instruction = consumer.getInstruction();
      if (instruction instanceof Select) {
        return true;
      }
      if (instruction instanceof IfInstruction) {
        // ifeq and its kind compare with zero; if_icmpeq and its kind with another operand.
        boolean withZero = instruction.consumeStack(cpg) == 1;
        return withZero || otherIsConstant(consumer, value, pushedFirst, cpg);
      }
      boolean computes =
          instruction instanceof ArithmeticInstruction
              || instruction instanceof ConversionInstruction
              || instruction instanceof LCMP
              || instruction instanceof FCMPG
              || instruction instanceof FCMPL
              || instruction instanceof DCMPG
              || instruction instanceof DCMPL
              || instruction instanceof IALOAD
              || (instruction instanceof INVOKEVIRTUAL call
                  && "ordinal".equals(call.getMethodName(cpg))
                  && "()I".equals(call.getSignature(cpg)));
      // Stack words, not operands, are counted: one long is two words.
      boolean unary =
          instruction instanceof ConversionInstruction
              || instruction instanceof INEG
              || instruction instanceof LNEG
              || instruction instanceof FNEG
              || instruction instanceof DNEG
              || instruction instanceof INVOKEVIRTUAL
              || instruction instanceof IALOAD;
      if (!computes || (!unary && !otherIsConstant(consumer, value, pushedFirst, cpg))) {
        return false;
      }
      value = consumer;
      pushedFirst = null;
    }
    return false;
  }

  /**
   * Whether the other operand of the two that {@code consumer} takes, beside the value pushed at
   * {@code value}, is a constant pushed by one instruction: right before the consumer, or right
   * before {@code pushedFirst} where the value is on top (unknown past the first step).
   */
  private static boolean otherIsConstant(
      InstructionHandle consumer,
      InstructionHandle value,
      @Nullable InstructionHandle pushedFirst,
      ConstantPoolGen cpg) {
    InstructionHandle other = consumer.getPrev();
    if (other == value) {
      other = pushedFirst == null ? null : pushedFirst.getPrev();
    }
    if (other == null) {
      return false;
    }
    Instruction push = other.getInstruction();
    if (push instanceof GETSTATIC constant) {
      JavaClass owner = ClassLookup.javaClass(constant.getClassName(cpg));
      return owner != null
          && owner.isEnum()
          && constant.getType(cpg) instanceof ObjectType type
          && type.getClassName().equals(owner.getClassName());
    }
    return push instanceof ConstantPushInstruction || push instanceof LDC || push instanceof LDC2_W;
  }

  /** Whether one outcome of the test ending {@code test} is the only way to the use. */
  private static boolean guards(CFG cfg, BasicBlock test, BitSet dominators) {
    for (Iterator<Edge> edges = cfg.outgoingEdgeIterator(test); edges.hasNext(); ) {
      Edge edge = edges.next();
      BasicBlock outcome = edge.getTarget();
      if (!edge.isExceptionEdge()
          && dominators.get(outcome.getLabel())
          && StateGateScan.enteredOnlyFrom(cfg, outcome, test)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The branch or switch that decides on the value pushed at {@code producer}, following the values
   * computed from it, or null where it is stored, returned or dropped first.
   */
  private static @Nullable InstructionHandle testOf(
      InstructionHandle producer, ConstantPoolGen cpg) {
    InstructionHandle value = producer;
    for (int step = 0; step < MAX_STEPS; step++) {
      InstructionHandle consumer = consumerOf(value, cpg);
      if (consumer == null) {
        return null;
      }
      Instruction instruction = consumer.getInstruction();
      if (instruction instanceof IfInstruction || instruction instanceof Select) {
        return consumer;
      }
      if (instruction instanceof StoreInstruction || instruction.produceStack(cpg) == 0) {
        return null;
      }
      value = consumer;
    }
    return null;
  }
}
