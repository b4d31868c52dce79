package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.CheckMethods;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.CPInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;
import org.apache.bcel.generic.TypedInstruction;

/**
 * Methods whose analysis could find nothing, read from their instructions before any control flow
 * graph is built: they name no tracked type (so hold no tracked value), assign no field of their
 * class, call nothing of their object or class (so follow no summary and make the engine forget no
 * flag), create no lambda nor anonymous or local class of it, return no boolean (so cannot be a
 * null test), and read no flag field of the class's promises in a method that can throw (so leave
 * no flag known where they return), and are no check of their own that throws unless a boolean
 * argument is true. What the analysis would say of such a method is known: it uses nothing, assigns
 * nothing, keeps every promise, and returns normally if it has a return instruction. A class that
 * names a map anywhere usually has many of them (builders, accessors of other fields), and the
 * graphs and the dataflow were the plugin's main cost there.
 */
final class InertMethods {

  private InertMethods() {}

  /**
   * Whether {@code method} of {@code javaClass} is inert; constructors and initialisers never.
   *
   * @param flagFields the names of the class's flag fields that promises may relate ({@code
   *     ensureOpen()} that throws when {@code closed} leaves it false for its caller)
   * @param followedCollections the names of the class's collections whose emptiness is a flag, and
   *     of its atomic holders whose state it tests (policy AtomicStates): a call on one may change
   *     it
   */
  static boolean isInert(
      Method method,
      JavaClass javaClass,
      ConstantPoolGen cpg,
      TypeOracle types,
      Set<String> flagFields,
      Set<String> followedCollections) {
    String name = method.getName();
    if (method.getCode() == null
        || Const.CONSTRUCTOR_NAME.equals(name)
        || Const.STATIC_INITIALIZER_NAME.equals(name)
        || method.getReturnType() == Type.BOOLEAN
        || TrackedTypeScreen.mentionsTracked(method.getSignature(), types)
        || (method.getGenericSignature() != null
            && TrackedTypeScreen.mentionsTracked(method.getGenericSignature(), types))) {
      return false;
    }
    String className = javaClass.getClassName();
    boolean readsFlag = false;
    boolean throwsSomewhere = false;
    for (Instruction ins : new InstructionList(method.getCode().getCode()).getInstructions()) {
      if (ins instanceof INVOKEDYNAMIC) {
        return false;
      }
      throwsSomewhere |= ins instanceof ATHROW;
      if (ins instanceof FieldInstruction field) {
        boolean own = className.equals(field.getReferenceType(cpg).toString());
        if ((own && (ins instanceof PUTFIELD || ins instanceof PUTSTATIC))
            || (own && followedCollections.contains(field.getFieldName(cpg)))
            || TrackedTypeScreen.mentionsTracked(field.getSignature(cpg), types)) {
          return false;
        }
        // A static flag (policy StaticPromises) too: `checkOpen()` that throws unless it is set.
        readsFlag |=
            own
                && (ins instanceof GETFIELD || ins instanceof GETSTATIC)
                && flagFields.contains(field.getFieldName(cpg));
      } else if (ins instanceof InvokeInstruction invoke) {
        // A method of an array (clone) is no method of a class of the application.
        if (!(invoke.getReferenceType(cpg) instanceof ObjectType ownerType)) {
          continue;
        }
        String owner = ownerType.getClassName();
        if (AtomicFlags.TYPE.equals(owner) && changesAtomicFlag(invoke, cpg)) {
          // An AtomicBoolean's set may assign a flag of the object (policy AtomicFlags).
          return false;
        }
        if (className.equals(owner)
            // Creating an anonymous or local class of this class records the fields there.
            || LocalClasses.isLocalClassOf(owner, className)
            || LocalClasses.isMemberClassOf(owner, className)
            || (!(ins instanceof INVOKESTATIC) && types.isSubtype(className, owner))
            || types.isTracked(owner)
            || TrackedTypeScreen.mentionsTracked(invoke.getSignature(cpg), types)) {
          return false;
        }
      } else if (ins instanceof CPInstruction && ins instanceof TypedInstruction typed) {
        // new, checkcast, instanceof, anewarray, ldc of a class: a tracked value made or tested.
        Type type = typed.getType(cpg);
        if (type != null && TrackedTypeScreen.mentionsTracked(type.getSignature(), types)) {
          return false;
        }
      }
    }
    // Reading a flag it does not assign, a method can leave it with one value only by throwing;
    // a check of its own (`check(boolean ok)` that throws unless ok) says what its argument is.
    return !(readsFlag && throwsSomewhere) && !mayCheckCondition(method, throwsSomewhere);
  }

  /** Whether the method may be a check of the class's own (policy {@code CheckMethods}). */
  private static boolean mayCheckCondition(Method method, boolean throwsSomewhere) {
    boolean hasBooleanParameter = false;
    for (Type parameter : method.getArgumentTypes()) {
      hasBooleanParameter |= parameter == Type.BOOLEAN;
    }
    return CheckMethods.mayBeOne(
        !(method.isStatic() || method.isPrivate() || method.isFinal()),
        method.getReturnType() == Type.VOID,
        hasBooleanParameter,
        throwsSomewhere);
  }

  /** Whether some path of the inert method may return: it has a return instruction. */
  static boolean hasReturn(Method method) {
    for (Instruction ins : new InstructionList(method.getCode().getCode()).getInstructions()) {
      if (ins instanceof ReturnInstruction) {
        return true;
      }
    }
    return false;
  }

  private static boolean changesAtomicFlag(InvokeInstruction invoke, ConstantPoolGen cpg) {
    AtomicFlags.Operation operation =
        AtomicFlags.of(invoke.getMethodName(cpg), invoke.getArgumentTypes(cpg).length);
    return operation != AtomicFlags.Operation.READ && operation != AtomicFlags.Operation.NONE;
  }
}
