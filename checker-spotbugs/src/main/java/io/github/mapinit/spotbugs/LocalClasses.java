package io.github.mapinit.spotbugs;

import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.EnclosingMethod;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.NEW;
import org.jspecify.annotations.Nullable;

/**
 * Anonymous and local classes as the bytecode shows them: javac names one {@code Outer$1} or {@code
 * Outer$1Local}, and its {@code EnclosingMethod} attribute names the method whose code declares it.
 */
final class LocalClasses {

  /** The method of the enclosing class whose code declares an anonymous or local class. */
  record Creator(String className, String methodName, String signature) {}

  private LocalClasses() {}

  /**
   * Whether {@code name} is an anonymous class ({@code Outer$1}) or a local class ({@code
   * Outer$1Local}) declared directly in {@code enclosing}.
   */
  static boolean isLocalClassOf(String name, String enclosing) {
    int start = enclosing.length() + 1;
    if (name.length() <= start
        || !name.startsWith(enclosing)
        || name.charAt(enclosing.length()) != '$'
        || !Character.isDigit(name.charAt(start))) {
      return false;
    }
    int i = start;
    while (i < name.length() && Character.isDigit(name.charAt(i))) {
      i++;
    }
    return name.indexOf('$', i) < 0;
  }

  /** Whether {@code name} is a named local class ({@code Outer$1Local}), not an anonymous one. */
  static boolean isNamedLocalClass(String name) {
    return !Character.isDigit(name.charAt(name.length() - 1));
  }

  /**
   * Whether only {@code creator}'s own code creates the local class {@code local}: no other method
   * of its enclosing class (a lambda's body included) nor of the class itself makes one, and no
   * method handle names its constructor ({@code Local::new}).
   */
  static boolean createdOnlyBy(JavaClass enclosing, Method creator, JavaClass local) {
    String name = local.getClassName();
    for (JavaClass owner : new JavaClass[] {enclosing, local}) {
      ConstantPoolGen cpg = new ConstantPoolGen(owner.getConstantPool());
      for (Constant constant : owner.getConstantPool().getConstantPool()) {
        if (constant instanceof ConstantMethodHandle handle
            && handle.getReferenceKind() == Const.REF_newInvokeSpecial
            && owner.getConstantPool().constantToString(handle).contains(name.replace('.', '/'))) {
          return false;
        }
      }
      for (Method method : owner.getMethods()) {
        if ((owner != enclosing || method != creator) && creates(method, name, cpg)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean creates(Method method, String className, ConstantPoolGen cpg) {
    if (method.getCode() == null) {
      return false;
    }
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      if (handle.getInstruction() instanceof NEW creation
          && className.equals(creation.getLoadClassType(cpg).getClassName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method whose code declares {@code javaClass}, if it is an anonymous or local class of a
   * method or constructor (not of an initialiser) of the class that encloses it.
   */
  static @Nullable Creator creatorOf(JavaClass javaClass) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof EnclosingMethod enclosing
          && enclosing.getEnclosingMethodIndex() != 0) {
        String outer =
            enclosing.getEnclosingClass().getBytes(javaClass.getConstantPool()).replace('/', '.');
        if (!isLocalClassOf(javaClass.getClassName(), outer)) {
          return null;
        }
        ConstantNameAndType method = enclosing.getEnclosingMethod();
        return new Creator(
            outer,
            method.getName(javaClass.getConstantPool()),
            method.getSignature(javaClass.getConstantPool()));
      }
    }
    return null;
  }
}
