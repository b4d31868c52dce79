package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.ComparatorChains;
import io.github.mapinit.policy.rules.LazyPipelines;
import io.github.mapinit.policy.rules.StoredCallbacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ReturnInstruction;
import org.jspecify.annotations.Nullable;

/**
 * The lambdas of a class: javac compiles each body to a synthetic {@code lambda$...} method that an
 * {@code invokedynamic} names through a method handle. Spec 4 starts a lambda from the state where
 * it is created, so the engine needs the creating method and the creation's place in it.
 */
final class Callbacks {

  private static final String LAMBDA_PREFIX = "lambda$";

  private Callbacks() {}

  static boolean isLambdaBody(Method method) {
    return method.isSynthetic() && method.getName().startsWith(LAMBDA_PREFIX);
  }

  /**
   * The key of the method of {@code javaClass} that {@code ins} makes a function of: a lambda's
   * body, or the target of a method reference to the class's own method; null for anything else.
   */
  static @Nullable String createdBy(JavaClass javaClass, INVOKEDYNAMIC ins, ConstantPoolGen cpg) {
    ConstantPool pool = cpg.getConstantPool();
    if (!(pool.getConstant(ins.getIndex()) instanceof ConstantInvokeDynamic dynamic)) {
      return null;
    }
    BootstrapMethod bootstrap = bootstrapMethod(javaClass, dynamic.getBootstrapMethodAttrIndex());
    if (bootstrap == null) {
      return null;
    }
    for (int argument : bootstrap.getBootstrapArguments()) {
      if (pool.getConstant(argument) instanceof ConstantMethodHandle handle
          && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP member
          && javaClass.getClassName().equals(member.getClass(pool))
          && pool.getConstant(member.getNameAndTypeIndex()) instanceof ConstantNameAndType nat
          && !nat.getName(pool).startsWith("<")) {
        return nat.getName(pool) + nat.getSignature(pool);
      }
    }
    return null;
  }

  /**
   * The calls in {@code method} that take a lambda of the class as an argument (not as the
   * receiver), or the comparator built of it ({@link #takerOf}), by the call's position, with the
   * lambdas' keys. Only straight-line code between the creation and the call is followed: an
   * argument chosen by a branch is not known to be passed.
   */
  static Map<Integer, List<String>> passedToCalls(
      JavaClass javaClass, Method method, ConstantPoolGen cpg) {
    Map<Integer, List<String>> passed = new HashMap<>();
    if (method.getCode() == null) {
      return passed;
    }
    InstructionList code = new InstructionList(method.getCode().getCode());
    for (InstructionHandle handle : code) {
      if (handle.getInstruction() instanceof INVOKEDYNAMIC ins) {
        String lambda = createdBy(javaClass, ins, cpg);
        if (lambda != null) {
          InstructionHandle consumer = takerOf(handle, cpg);
          if (consumer != null) {
            passed.computeIfAbsent(consumer.getPosition(), pc -> new ArrayList<>()).add(lambda);
          }
        }
      }
    }
    return passed;
  }

  /**
   * The call that takes the function {@code creation} makes as an argument, or takes the whole
   * comparator that calls building comparators make of it ({@code words.sort(Comparator.comparing(w
   * -> ..).reversed())}, policy {@code ComparatorChains}), if straight-line.
   */
  static @Nullable InstructionHandle takerOf(InstructionHandle creation, ConstantPoolGen cpg) {
    InstructionHandle taker = consumerOfResult(creation, cpg);
    while (taker != null && buildsComparator(taker, cpg)) {
      Consumption next = consumptionOf(taker, cpg);
      if (next != null && buildsComparator(next.at(), cpg)) {
        taker = next.at();
      } else {
        return consumerOfResult(taker, cpg);
      }
    }
    return taker;
  }

  private static boolean buildsComparator(InstructionHandle handle, ConstantPoolGen cpg) {
    return handle.getInstruction() instanceof InvokeInstruction call
        && !(call instanceof INVOKEDYNAMIC)
        && ComparatorChains.buildsComparator(
            call.getClassName(cpg), call.getReturnType(cpg).toString());
  }

  /** The call that takes the value {@code creation} pushes as an argument, if straight-line. */
  static @Nullable InstructionHandle consumerOfResult(
      InstructionHandle creation, ConstantPoolGen cpg) {
    Consumption consumption = consumptionOf(creation, cpg);
    if (consumption == null
        || !(consumption.at().getInstruction() instanceof InvokeInstruction invoke)
        || invoke instanceof INVOKEDYNAMIC) {
      return null;
    }
    int receiverSlots = invoke.getOpcode() == Const.INVOKESTATIC ? 0 : 1;
    // An argument unless it is the receiver itself.
    return consumption.slot() >= receiverSlots ? consumption.at() : null;
  }

  /**
   * Where the value that {@code producer} pushes is consumed: the instruction, and the value's slot
   * among the operands it takes, counted from the deepest (0: a call's receiver, a field store's
   * object).
   */
  record Consumption(InstructionHandle at, int slot) {}

  /** Where the value {@code producer} pushes is consumed, if by straight-line code. */
  static @Nullable Consumption consumptionOf(InstructionHandle producer, ConstantPoolGen cpg) {
    Consumption consumption = takenOffBy(producer, cpg);
    if (consumption == null) {
      return null;
    }
    Instruction ins = consumption.at().getInstruction();
    return ins instanceof BranchInstruction
            || ins instanceof ReturnInstruction
            || ins instanceof ATHROW
            || ins instanceof INVOKEDYNAMIC
        ? null
        : consumption;
  }

  /**
   * The instruction that takes the value {@code producer} pushes off the stack, straight on: a
   * branch, a return or a throw included; null where control leaves straight-line code first.
   */
  static @Nullable Consumption takenOffBy(InstructionHandle producer, ConstantPoolGen cpg) {
    int above = 0; // values pushed on top of the value since it was pushed
    for (InstructionHandle handle = producer.getNext(); handle != null; handle = handle.getNext()) {
      Instruction ins = handle.getInstruction();
      int consumed = ins.consumeStack(cpg);
      if (consumed > above) {
        return new Consumption(handle, consumed - above - 1);
      }
      if (ins instanceof BranchInstruction
          || ins instanceof ReturnInstruction
          || ins instanceof ATHROW) {
        return null;
      }
      above += ins.produceStack(cpg) - consumed;
    }
    return null;
  }

  /**
   * The keys of the class's lambda methods that are passed to a call that runs them at once, as
   * {@code runsAtOnce} (owner, method name) tells, and, for a stream's operation ({@code
   * isPipeline}), as the code that builds the pipeline ends (policy {@code LazyPipelines}): they
   * run nowhere else.
   */
  static Set<String> runAtOnce(
      JavaClass javaClass, BiPredicate<String, String> runsAtOnce, Predicate<String> isPipeline) {
    return passedToCallsThat(
        javaClass,
        (handle, call, cpg) ->
            runsAtOnce.test(call.getClassName(cpg), call.getMethodName(cpg))
                && LazyPipelines.runsAtOnce(
                    isPipeline.test(call.getClassName(cpg))
                        && PipelineEndings.returnsPipeline(call, cpg, isPipeline),
                    PipelineEndings.of(handle, cpg, isPipeline)));
  }

  /**
   * The lambdas of the class passed straight to a method of a JDK collection or map that only
   * stores them (policy {@code StoredCallbacks}), by key.
   */
  static Set<String> storedInCollections(JavaClass javaClass, Predicate<String> isJdkCollection) {
    return passedToCallsThat(
        javaClass,
        (handle, call, cpg) ->
            call.getOpcode() != Const.INVOKESTATIC
                && isJdkCollection.test(call.getClassName(cpg))
                && StoredCallbacks.stores(
                    call.getMethodName(cpg), call.getArgumentTypes(cpg).length));
  }

  /** A test of a call that a lambda of the class is passed to. */
  private interface CallTest {
    boolean test(InstructionHandle handle, InvokeInstruction call, ConstantPoolGen cpg);
  }

  /** The keys of the class's lambdas passed straight to a call that {@code test} accepts. */
  private static Set<String> passedToCallsThat(JavaClass javaClass, CallTest test) {
    Set<String> lambdas = new HashSet<>();
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList code = new InstructionList(method.getCode().getCode());
      for (Map.Entry<Integer, List<String>> passed :
          passedToCalls(javaClass, method, cpg).entrySet()) {
        InstructionHandle handle = code.findHandle(passed.getKey());
        if (handle.getInstruction() instanceof InvokeInstruction call
            && test.test(handle, call, cpg)) {
          lambdas.addAll(passed.getValue());
        }
      }
    }
    return lambdas;
  }

  /** Whether {@code key} (name and signature) names a lambda body javac generated. */
  static boolean isLambdaKey(String key) {
    return key.startsWith(LAMBDA_PREFIX);
  }

  /** The method that creates each lambda method of the class, by the lambda's key. */
  static Map<String, Method> creators(JavaClass javaClass) {
    Map<String, Method> creators = new HashMap<>();
    scanCreations(javaClass, (lambda, method) -> creators.putIfAbsent(lambda, method), call -> {});
    return creators;
  }

  /**
   * Every {@code invokedynamic} of the class that makes a function of one of its own methods, with
   * the method's key and the method that makes it; and every other call of a method of the class.
   */
  private static void scanCreations(
      JavaClass javaClass, BiConsumer<String, Method> created, Consumer<String> called) {
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        if (handle.getInstruction() instanceof INVOKEDYNAMIC ins) {
          String target = createdBy(javaClass, ins, cpg);
          if (target != null) {
            created.accept(target, method);
          }
        } else if (handle.getInstruction() instanceof InvokeInstruction call
            && javaClass.getClassName().equals(call.getClassName(cpg))) {
          called.accept(call.getMethodName(cpg) + call.getSignature(cpg));
        }
      }
    }
  }

  /**
   * The private instance methods of the class that it reaches only through one {@code this::m}
   * reference, made by an instance method that is no constructor nor lambda body (policy
   * WithdrawnCallbacks), by their key ({@code name + signature}), with that method.
   */
  static Map<String, Method> keptReferenceCreators(JavaClass javaClass) {
    Map<String, Method> creators = new HashMap<>();
    Map<String, Integer> references = new HashMap<>();
    Set<String> called = new HashSet<>();
    scanCreations(
        javaClass,
        (target, method) -> {
          references.merge(target, 1, Integer::sum);
          creators.put(target, method);
        },
        called::add);
    Map<String, Method> kept = new HashMap<>();
    for (Method method : javaClass.getMethods()) {
      String key = method.getName() + method.getSignature();
      Method creator = creators.get(key);
      if (method.isPrivate()
          && !method.isStatic()
          && !isLambdaBody(method)
          && references.getOrDefault(key, 0) == 1
          && !called.contains(key)
          && creator != null
          && !creator.isStatic()
          && !runsDuringInitialisation(creator)) {
        kept.put(key, creator);
      }
    }
    return kept;
  }

  /**
   * Whether code that {@code creator} runs happens while its object or class is being initialised:
   * a constructor, the static initialiser, or, to be safe, another lambda.
   */
  static boolean runsDuringInitialisation(@Nullable Method creator) {
    return creator == null
        || Const.CONSTRUCTOR_NAME.equals(creator.getName())
        || Const.STATIC_INITIALIZER_NAME.equals(creator.getName())
        || isLambdaBody(creator);
  }

  private static @Nullable BootstrapMethod bootstrapMethod(JavaClass javaClass, int index) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof BootstrapMethods methods
          && index < methods.getBootstrapMethods().length) {
        return methods.getBootstrapMethods()[index];
      }
    }
    return null;
  }
}
