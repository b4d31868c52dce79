package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.classfile.NestHost;
import org.apache.bcel.classfile.NestMembers;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.jspecify.annotations.Nullable;

/**
 * Spec 4: the private methods that start from the states at their call sites. A private method that
 * its own class calls on {@code this} (or statically), or passes as {@code this::m} to a call that
 * runs it at once, and that nothing reaches otherwise - another method reference, another receiver,
 * another class of the nest, a synthetic accessor - is no path start of its own: its callers pass
 * their states in.
 */
final class PrivateHelpers {

  private PrivateHelpers() {}

  /** The keys (name and signature) of the private methods that start from their callers. */
  static Set<String> startingFromCallers(
      JavaClass javaClass, Map<Method, MethodSummary> summaries) {
    Set<String> calledOnThis = new HashSet<>();
    Set<String> reachedOtherwise = new HashSet<>();
    for (Map.Entry<Method, MethodSummary> entry : summaries.entrySet()) {
      Method caller = entry.getKey();
      boolean accessor = caller.isSynthetic() && !caller.getName().startsWith("lambda$");
      (accessor ? reachedOtherwise : calledOnThis).addAll(entry.getValue().thisCalls().keySet());
      reachedOtherwise.addAll(entry.getValue().ownCallsOffThis());
    }
    Set<String> helpers = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      String key = ClassFactsBuilder.methodKey(method);
      if (method.isPrivate()
          && !Const.CONSTRUCTOR_NAME.equals(method.getName())
          && calledOnThis.contains(key)
          && !reachedOtherwise.contains(key)) {
        helpers.add(key);
      }
    }
    if (helpers.isEmpty()) {
      // Nothing to rule out: spare reading the constant pool and the nest mates' code.
      return helpers;
    }
    Set<String> handedOut = methodHandleTargets(javaClass, javaClass.getClassName());
    handedOut.removeAll(referencesRunAtOnce(javaClass, summaries));
    helpers.removeAll(handedOut);
    for (JavaClass nestMate : nestMates(javaClass)) {
      if (helpers.isEmpty()) {
        break;
      }
      helpers.removeAll(callsInto(nestMate, javaClass.getClassName()));
    }
    return helpers;
  }

  /**
   * The methods of the class that its code references only as {@code this::m} passed to a call that
   * runs it at once: every {@code invokedynamic} naming one is in a method whose analysis counted
   * it as a call on this (a method not analysed counts nothing).
   */
  private static Set<String> referencesRunAtOnce(
      JavaClass javaClass, Map<Method, MethodSummary> summaries) {
    Set<String> atOnce = new HashSet<>();
    Set<String> otherwise = new HashSet<>();
    ConstantPoolGen pool = null;
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      MethodSummary summary = summaries.get(method);
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        if (handle.getInstruction() instanceof INVOKEDYNAMIC creation) {
          if (pool == null) {
            pool = ClassLookup.constantPool(javaClass);
          }
          String key = Callbacks.createdBy(javaClass, creation, pool);
          if (key != null && !Callbacks.isLambdaKey(key)) {
            (summary != null && summary.thisCalls().containsKey(key) ? atOnce : otherwise).add(key);
          }
        }
      }
    }
    atOnce.removeAll(otherwise);
    return atOnce;
  }

  /** The other classes of the class's nest (Java 11 and later), which may call its privates. */
  private static List<JavaClass> nestMates(JavaClass javaClass) {
    List<String> names = new ArrayList<>();
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof NestMembers members) {
        names.addAll(List.of(members.getClassNames()));
      } else if (attribute instanceof NestHost host) {
        String hostName =
            host.getConstantPool()
                .getConstantString(host.getHostClassIndex(), Const.CONSTANT_Class);
        JavaClass hostClass = load(hostName.replace('/', '.'));
        if (hostClass != null) {
          names.add(hostClass.getClassName());
          names.addAll(nestMemberNames(hostClass));
        }
      }
    }
    List<JavaClass> mates = new ArrayList<>();
    for (String name : names) {
      String dotted = name.replace('/', '.');
      if (!dotted.equals(javaClass.getClassName())) {
        JavaClass mate = load(dotted);
        if (mate != null) {
          mates.add(mate);
        }
      }
    }
    return mates;
  }

  private static List<String> nestMemberNames(JavaClass host) {
    for (Attribute attribute : host.getAttributes()) {
      if (attribute instanceof NestMembers members) {
        return List.of(members.getClassNames());
      }
    }
    return List.of();
  }

  /** The keys of {@code owner}'s methods that {@code caller}'s code invokes. */
  private static Set<String> callsInto(JavaClass caller, String owner) {
    Set<String> called = new HashSet<>();
    ConstantPoolGen pool = ClassLookup.constantPool(caller);
    for (Method method : caller.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        if (handle.getInstruction() instanceof InvokeInstruction invoke
            && invoke.getOpcode() != Const.INVOKEDYNAMIC
            && owner.equals(invoke.getClassName(pool))) {
          called.add(invoke.getMethodName(pool) + invoke.getSignature(pool));
        }
      }
    }
    called.addAll(methodHandleTargets(caller, owner));
    return called;
  }

  /** Methods of {@code owner} that a method handle in {@code caller}'s constant pool names. */
  private static Set<String> methodHandleTargets(JavaClass caller, String owner) {
    Set<String> targets = new HashSet<>();
    ConstantPool pool = caller.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantMethodHandle handle
          && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP member
          && owner.equals(member.getClass(pool))
          && pool.getConstant(member.getNameAndTypeIndex()) instanceof ConstantNameAndType nat) {
        targets.add(nat.getName(pool) + nat.getSignature(pool));
      }
    }
    return targets;
  }

  private static @Nullable JavaClass load(String dottedName) {
    try {
      return Global.getAnalysisCache()
          .getClassAnalysis(
              JavaClass.class,
              DescriptorFactory.createClassDescriptorFromDottedClassName(dottedName));
    } catch (Exception | LinkageError e) {
      return null;
    }
  }
}
