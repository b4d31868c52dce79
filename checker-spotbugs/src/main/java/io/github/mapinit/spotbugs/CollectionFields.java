package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.CollectionEmptiness;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.Type;

/**
 * The collections of the analysed class whose emptiness is a flag (policy {@link
 * CollectionEmptiness}): its private final instance fields of a collection or map type that its
 * constructors assign only new, empty JDK collections, and that its own methods read only on this
 * object, as the receiver of a call or the argument of a read-only copy. Another class of the nest
 * that reads or stores one (an inner class adding through the enclosing instance) rules it out: its
 * bodies keep no promise of the class.
 */
final class CollectionFields {

  private CollectionFields() {}

  static Set<String> in(JavaClass javaClass, ConstantPoolGen cpg, TypeOracle types) {
    String className = javaClass.getClassName();
    OutsideAssignments outside = OutsideAssignments.current();
    Set<String> candidates = new LinkedHashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isPrivate()
          && field.isFinal()
          && !field.isStatic()
          && isCollection(field.getType(), types)
          && !outside.isStoredFromNest(className, field.getName())
          && !outside.isReadFromNest(className, field.getName())) {
        candidates.add(field.getName());
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<String> disqualified = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionHandle[] code =
          new InstructionList(method.getCode().getCode()).getInstructionHandles();
      for (int i = 0; i < code.length; i++) {
        if (!(code[i].getInstruction() instanceof FieldInstruction access)
            || !className.equals(access.getReferenceType(cpg).toString())
            || !candidates.contains(access.getFieldName(cpg))) {
          continue;
        }
        boolean allowed =
            access instanceof GETFIELD
                ? !method.isStatic()
                    && loadsThis(code, i - 1)
                    && LocalCollections.readAsReceiver(code, i, cpg, false)
                : access instanceof PUTFIELD
                    && Const.CONSTRUCTOR_NAME.equals(method.getName())
                    && storesNewEmpty(code[i], cpg, types);
        if (!allowed) {
          disqualified.add(access.getFieldName(cpg));
        }
      }
    }
    candidates.removeAll(disqualified);
    return candidates;
  }

  static boolean isCollection(Type type, TypeOracle types) {
    if (!(type instanceof ObjectType object)) {
      return false;
    }
    for (String collection : CollectionEmptiness.TYPES) {
      if (types.isSubtype(object.getClassName(), collection)) {
        return true;
      }
    }
    return false;
  }

  private static boolean loadsThis(InstructionHandle[] code, int at) {
    return at >= 0 && code[at].getInstruction() instanceof ALOAD load && load.getIndex() == 0;
  }

  /** Whether the store at {@code store} assigns a new, empty JDK collection made just before it. */
  static boolean storesNewEmpty(InstructionHandle store, ConstantPoolGen cpg, TypeOracle types) {
    InstructionHandle previous = store.getPrev();
    if (previous == null || !(previous.getInstruction() instanceof INVOKESPECIAL made)) {
      return false;
    }
    boolean argumentsHoldElements = false;
    for (Type argument : made.getArgumentTypes(cpg)) {
      argumentsHoldElements |= isCollection(argument, types);
    }
    return Const.CONSTRUCTOR_NAME.equals(made.getMethodName(cpg))
        && CollectionEmptiness.createsEmpty(made.getClassName(cpg), argumentsHoldElements);
  }
}
