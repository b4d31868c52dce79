package io.github.mapinit.spotbugs;

import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.jspecify.annotations.Nullable;

/**
 * Where the code of a class's nest reaches one of its instance methods, for policy {@code
 * Hooks.isHookHelper}: a helper that only the template hooks of its subclasses call. A call counts
 * by the method's name and signature, whatever class it names: an unrelated method of the same name
 * only adds a caller, which can only keep the helper from being one.
 */
final class HookHelperCalls {

  private HookHelperCalls() {}

  /**
   * One call of the method, or one method handle of it: the calling class, and the calling method
   * where that method's own body makes the call on {@code this} (null for a lambda's body, a static
   * method, another receiver or a method reference).
   */
  record Call(JavaClass caller, @Nullable Method method) {}

  /** Every call of {@code helper}, a method of {@code className}, from its nest's classes. */
  static List<Call> of(String className, Method helper) {
    List<Call> calls = new ArrayList<>();
    for (String member : NullConstructorArguments.nestClasses(className)) {
      JavaClass type = ClassLookup.javaClass(member);
      if (type == null) {
        continue;
      }
      if (hasHandleOf(type, helper)) {
        calls.add(new Call(type, null));
      }
      ConstantPoolGen cpg = ClassLookup.constantPool(type);
      for (Method method : type.getMethods()) {
        if (method.getCode() != null) {
          addCalls(type, method, helper, cpg, calls);
        }
      }
    }
    return calls;
  }

  private static void addCalls(
      JavaClass type, Method method, Method helper, ConstantPoolGen cpg, List<Call> calls) {
    boolean ownBody = !method.isStatic() && !Callbacks.isLambdaBody(method);
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      if (handle.getInstruction() instanceof InvokeInstruction call
          && call.getOpcode() != Const.INVOKESTATIC
          && call.getOpcode() != Const.INVOKEDYNAMIC
          && call.getMethodName(cpg).equals(helper.getName())
          && call.getSignature(cpg).equals(helper.getSignature())) {
        InstructionHandle receiver =
            ownBody
                ? NullConstructorArguments.producer(
                    handle, call.getArgumentTypes(cpg), NullConstructorArguments.RECEIVER, cpg)
                : null;
        boolean onThis =
            receiver != null
                && receiver.getInstruction() instanceof ALOAD load
                && load.getIndex() == 0;
        calls.add(new Call(type, onThis ? method : null));
      }
    }
  }

  /** Whether the class's constant pool holds a method handle of a method named as the helper. */
  private static boolean hasHandleOf(JavaClass type, Method helper) {
    ConstantPool pool = type.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantMethodHandle handle
          && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP reference
          && pool.getConstant(reference.getNameAndTypeIndex())
              instanceof ConstantNameAndType nameAndType
          && nameAndType.getName(pool).equals(helper.getName())) {
        return true;
      }
    }
    return false;
  }
}
