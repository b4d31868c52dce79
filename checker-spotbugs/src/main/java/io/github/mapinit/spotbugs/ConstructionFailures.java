package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.JavaSemantics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ArrayType;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.RETURN;
import org.apache.bcel.generic.Type;

/**
 * Which constructions can only fail with a virtual machine error (policy {@link
 * JavaSemantics#constructionCannotFail} and {@link JavaSemantics#ownConstructionCannotFail}): a
 * platform constructor given constants only ({@code bipush 16; ldc 0.75f; iconst_0; invokespecial
 * LinkedHashMap.<init>}), and a constructor of a named class of the nest whose code is such a
 * superclass call and stores of its parameters and constants into the object's own fields (javac
 * puts the field initialisers there too).
 */
final class ConstructionFailures {

  /** Whether a platform constructor declares exceptions, by class name and signature. */
  private static final Map<String, Boolean> DECLARES_EXCEPTIONS = new ConcurrentHashMap<>();

  private ConstructionFailures() {}

  /**
   * Whether the call of the platform constructor at {@code call} cannot fail, given the
   * instructions that push its arguments.
   */
  static boolean platformCannotFail(InstructionHandle call, ConstantPoolGen cpg) {
    INVOKESPECIAL invoke = (INVOKESPECIAL) call.getInstruction();
    String className = invoke.getClassName(cpg);
    String signature = invoke.getSignature(cpg);
    return JavaSemantics.constructionCannotFail(
            className, variableArguments(call, invoke.getArgumentTypes(cpg).length, cpg), false)
        && !DECLARES_EXCEPTIONS.computeIfAbsent(
            className + signature, key -> declaresExceptions(className, signature));
  }

  /** Whether running the constructor of {@code type} with {@code signature} cannot fail. */
  static boolean ownCannotFail(JavaClass type, String signature) {
    if (type.isAnonymous()) {
      // Its constructor passes on what it is given, which is not followed.
      return false;
    }
    for (Method method : type.getMethods()) {
      if (Const.CONSTRUCTOR_NAME.equals(method.getName())
          && method.getSignature().equals(signature)
          && method.getCode() != null) {
        return cannotFail(type, method);
      }
    }
    return false;
  }

  private static boolean cannotFail(JavaClass type, Method constructor) {
    ConstantPoolGen cpg = ClassLookup.constantPool(type);
    InstructionHandle[] code =
        new InstructionList(constructor.getCode().getCode()).getInstructionHandles();
    int firstLocal = 1;
    for (Type parameter : constructor.getArgumentTypes()) {
      firstLocal += parameter.getSize();
    }
    boolean superCannotFail = false;
    boolean storesOnly = true;
    int i = 0;
    while (i < code.length && storesOnly) {
      Instruction ins = code[i].getInstruction();
      if (ins instanceof RETURN) {
        break;
      }
      int superCall = superCallAt(code, i, type, cpg);
      if (superCall > i) {
        superCannotFail = platformCannotFail(code[superCall], cpg);
        i = superCall + 1;
      } else if (storesArgumentOrConstant(code, i, type, firstLocal, cpg)) {
        i += 3;
      } else {
        storesOnly = false;
      }
    }
    return JavaSemantics.ownConstructionCannotFail(superCannotFail, storesOnly);
  }

  /**
   * Where the superclass constructor call that starts at {@code i} ({@code aload_0}, loads and
   * constants, {@code invokespecial}) is; -1 where none starts there.
   */
  private static int superCallAt(
      InstructionHandle[] code, int i, JavaClass type, ConstantPoolGen cpg) {
    if (!(code[i].getInstruction() instanceof ALOAD self) || self.getIndex() != 0) {
      return -1;
    }
    for (int j = i + 1; j < code.length; j++) {
      Instruction ins = code[j].getInstruction();
      if (ins instanceof INVOKESPECIAL call) {
        return Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
                && call.getClassName(cpg).equals(type.getSuperclassName())
            ? j
            : -1;
      }
      if (!(ins instanceof LoadInstruction) && !isConstant(ins, cpg)) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code aload_0; <a parameter or a constant>; putfield} into a field of {@code type}. */
  private static boolean storesArgumentOrConstant(
      InstructionHandle[] code, int i, JavaClass type, int firstLocal, ConstantPoolGen cpg) {
    if (i + 2 >= code.length
        || !(code[i].getInstruction() instanceof ALOAD self)
        || self.getIndex() != 0
        || !(code[i + 2].getInstruction() instanceof PUTFIELD store)
        || !store.getClassName(cpg).equals(type.getClassName())) {
      return false;
    }
    Instruction value = code[i + 1].getInstruction();
    boolean parameter =
        value instanceof LoadInstruction load
            && load.getIndex() > 0
            && load.getIndex() < firstLocal;
    return parameter || isConstant(value, cpg) || value instanceof ACONST_NULL;
  }

  /**
   * How many of the {@code count} arguments of the call at {@code call} are not pushed by a
   * constant right before it, on straight-line code.
   */
  private static int variableArguments(InstructionHandle call, int count, ConstantPoolGen cpg) {
    InstructionHandle current = call;
    for (int constant = 0; constant < count; constant++) {
      if (current.hasTargeters()) {
        return count - constant;
      }
      current = current.getPrev();
      if (current == null || !isConstant(current.getInstruction(), cpg)) {
        return count - constant;
      }
    }
    return 0;
  }

  /**
   * A compile-time constant: a number, a boolean, a character or a string; not {@code null}, which
   * constructors reject, nor a class literal, which is no constant in the language.
   */
  private static boolean isConstant(Instruction ins, ConstantPoolGen cpg) {
    if (ins instanceof LDC ldc) {
      return !(ldc.getValue(cpg) instanceof ObjectType);
    }
    return ins instanceof LDC2_W || ins instanceof ConstantPushInstruction;
  }

  /**
   * Read from the running platform, as javac reads the platform's own declarations; a class or
   * constructor it does not have may declare anything.
   */
  private static boolean declaresExceptions(String className, String signature) {
    try {
      ClassLoader platform = ClassLoader.getPlatformClassLoader();
      Type[] parameters = Type.getArgumentTypes(signature);
      Class<?>[] types = new Class<?>[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        types[i] = classOf(parameters[i], platform);
      }
      Class<?> type = Class.forName(className, false, platform);
      return type.getDeclaredConstructor(types).getExceptionTypes().length > 0;
    } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
      return true;
    }
  }

  private static Class<?> classOf(Type type, ClassLoader loader) throws ClassNotFoundException {
    if (type instanceof BasicType) {
      return switch (type.getType()) {
        case Const.T_BOOLEAN -> boolean.class;
        case Const.T_BYTE -> byte.class;
        case Const.T_CHAR -> char.class;
        case Const.T_SHORT -> short.class;
        case Const.T_INT -> int.class;
        case Const.T_LONG -> long.class;
        case Const.T_FLOAT -> float.class;
        case Const.T_DOUBLE -> double.class;
        default -> throw new ClassNotFoundException(type.toString());
      };
    }
    if (type instanceof ArrayType) {
      return Class.forName(type.getSignature().replace('/', '.'), false, loader);
    }
    return Class.forName(((ObjectType) type).getClassName(), false, loader);
  }
}
