package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.jspecify.annotations.Nullable;

/**
 * Where the methods of an anonymous or local class, or of an inner class that one method of its
 * enclosing class alone creates, start (spec 4): the state of the enclosing object's fields where
 * its creator makes it. The creator is code of another class file, so its model is built here, once
 * per enclosing class of the running analysis ({@link AnalysisSession}).
 */
final class LocalClassOrigins {

  /**
   * What the methods of an anonymous or local class start from.
   *
   * @param creator the method of the enclosing class that creates it
   * @param creatorMethod that method
   * @param createdDuringInitialisation whether that is a constructor: the methods run on an object
   *     under construction, or on the one it built
   * @param creation the enclosing object's fields where it is created; null when they are not known
   *     (a method the analysis skips), so as after construction
   * @param promises the enclosing class's flag promises, which vouch for a field there
   * @param handedOut the call that a constructor hands the new instance to, if it does (spec 4,
   *     this-escape)
   * @param runAtOnce whether the creator passes every instance it makes straight to a call that
   *     runs it at once ({@code list.sort(new Comparator<>() {..})}): its methods run nowhere else
   */
  record Origin(
      LocalClasses.Creator creator,
      Method creatorMethod,
      boolean createdDuringInitialisation,
      @Nullable LocalClassCreation creation,
      FlagPromises promises,
      @Nullable HandedOut handedOut,
      boolean runAtOnce,
      Optional<WithdrawnCallbacks.Holders> holders) {}

  /**
   * A call that takes the new instance as an argument: its name, the line of the call, and whether
   * it runs what it is given at once ({@code forEach}).
   */
  record HandedOut(String callee, int line, boolean runAtOnce) {}

  private LocalClassOrigins() {}

  /**
   * The origin of {@code local}, or null when it is not an anonymous or local class created by a
   * method or constructor of the class that encloses it, or that class cannot be read.
   *
   * @param models builds or reuses the model of a class by name; null when it cannot be read
   * @param factsOf builds or reuses the facts of a class's model
   */
  static @Nullable Origin of(
      JavaClass local,
      Function<String, @Nullable ClassModel> models,
      Function<ClassModel, ClassFacts> factsOf) {
    LocalClasses.Creator creator = LocalClasses.creatorOf(local);
    if (creator == null) {
      creator =
          LocalClasses.confinedMemberCreator(
              local,
              name -> {
                ClassModel model = models.apply(name);
                return model == null ? null : model.javaClass();
              });
    }
    if (creator == null) {
      return null;
    }
    ClassModel enclosing = models.apply(creator.className());
    Method method = enclosing == null ? null : find(enclosing.javaClass(), creator);
    if (enclosing == null
        || method == null
        || (LocalClasses.isNamedLocalClass(local.getClassName())
            && !LocalClasses.createdOnlyBy(enclosing.javaClass(), method, local))) {
      return null;
    }
    // A private helper that starts from its callers creates the class where its one caller calls
    // it, in that caller's terms (spec 4; Error Prone follows the helper's callers the same way).
    Set<String> helpers = null;
    for (int depth = 0; depth < MAX_HELPER_CHAIN; depth++) {
      if (helpers == null) {
        helpers = PrivateHelpers.startingFromCallers(enclosing.javaClass(), enclosing.summaries());
      }
      if (!helpers.contains(ClassFactsBuilder.methodKey(method))) {
        break;
      }
      Method caller = onlyCallerRecording(enclosing, method, local.getClassName());
      if (caller == null) {
        break;
      }
      method = caller;
      creator =
          new LocalClasses.Creator(creator.className(), caller.getName(), caller.getSignature());
    }
    MethodSummary summary = enclosing.summary(method);
    LocalClassCreation creation =
        summary == null ? null : summary.localClassCreations().get(local.getClassName());
    return new Origin(
        creator,
        method,
        Callbacks.runsDuringInitialisation(method),
        creation,
        new FlagPromises(enclosing, factsOf),
        Const.CONSTRUCTOR_NAME.equals(method.getName())
            ? handedOut(enclosing, method, local.getClassName())
            : null,
        everyInstanceRunAtOnce(enclosing, method, local.getClassName()),
        // Policy WithdrawnCallbacks: where the method that creates it keeps it in the object.
        CallbackHolders.ofInstance(enclosing.javaClass(), method, local.getClassName()));
  }

  /**
   * Whether {@code method} passes every instance of {@code local} it creates, straight after
   * creating it, to a call that runs what it is given at once; false if it creates none.
   */
  private static boolean everyInstanceRunAtOnce(ClassModel enclosing, Method method, String local) {
    if (method.getCode() == null) {
      return false;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(enclosing.javaClass());
    boolean created = false;
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      if (handle.getInstruction() instanceof INVOKESPECIAL init
          && Const.CONSTRUCTOR_NAME.equals(init.getMethodName(cpg))
          && local.equals(init.getClassName(cpg))) {
        InstructionHandle consumer = Callbacks.consumerOfResult(handle, cpg);
        if (consumer == null
            || !(consumer.getInstruction() instanceof InvokeInstruction call)
            || !enclosing.runsCallbacksAtOnce(call.getClassName(cpg), call.getMethodName(cpg))) {
          return false;
        }
        created = true;
      }
    }
    return created;
  }

  /**
   * The call that the constructor {@code method} passes its new instance of {@code local} to,
   * straight after creating it; null if it keeps it or creates it elsewhere.
   */
  private static @Nullable HandedOut handedOut(ClassModel enclosing, Method method, String local) {
    if (method.getCode() == null) {
      return null;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(enclosing.javaClass());
    InstructionList code = new InstructionList(method.getCode().getCode());
    boolean newSeen = false;
    for (InstructionHandle handle : code) {
      Instruction ins = handle.getInstruction();
      if (ins instanceof NEW created
          && local.equals(created.getLoadClassType(cpg).getClassName())) {
        newSeen = true;
      } else if (newSeen
          && ins instanceof INVOKESPECIAL init
          && Const.CONSTRUCTOR_NAME.equals(init.getMethodName(cpg))
          && local.equals(init.getClassName(cpg))) {
        InstructionHandle consumer = Callbacks.consumerOfResult(handle, cpg);
        if (consumer == null || !(consumer.getInstruction() instanceof InvokeInstruction call)) {
          return null;
        }
        String name = call.getMethodName(cpg);
        return new HandedOut(
            Const.CONSTRUCTOR_NAME.equals(name)
                ? "new " + MethodNames.simpleName(call.getClassName(cpg))
                : name,
            new LineOracle(method).lineOf(consumer.getPosition()),
            enclosing.runsCallbacksAtOnce(call.getClassName(cpg), name));
      }
    }
    return null;
  }

  /** How many private helpers in a row are followed back to their caller. */
  private static final int MAX_HELPER_CHAIN = 4;

  /**
   * The one method of the class that calls {@code helper} on this and whose summary records a
   * creation of the class named {@code local} (through that call); null when none or several do.
   */
  private static @Nullable Method onlyCallerRecording(
      ClassModel enclosing, Method helper, String local) {
    String helperKey = ClassFactsBuilder.methodKey(helper);
    Method only = null;
    for (Map.Entry<Method, MethodSummary> entry : enclosing.summaries().entrySet()) {
      if (entry.getKey() != helper
          && entry.getValue() != null
          && entry.getValue().thisCalls().containsKey(helperKey)
          && entry.getValue().localClassCreations().containsKey(local)) {
        if (only != null) {
          return null;
        }
        only = entry.getKey();
      }
    }
    return only;
  }

  private static @Nullable Method find(JavaClass javaClass, LocalClasses.Creator creator) {
    return ClassLookup.declaredMethod(javaClass, creator.methodName(), creator.signature());
  }
}
