package io.github.mapinit.spotbugs;

import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.EnclosingMethod;
import org.apache.bcel.classfile.JavaClass;
import org.jspecify.annotations.Nullable;

/**
 * Anonymous classes as the bytecode shows them: javac names one {@code Outer$1}, and its {@code
 * EnclosingMethod} attribute names the method whose code creates it.
 */
final class AnonymousClasses {

  /** The method of the enclosing class that creates an anonymous class. */
  record Creator(String className, String methodName, String signature) {}

  private AnonymousClasses() {}

  /** Whether {@code name} is an anonymous class declared directly in {@code enclosing}. */
  static boolean isAnonymousClassOf(String name, String enclosing) {
    if (name.length() <= enclosing.length() + 1
        || !name.startsWith(enclosing)
        || name.charAt(enclosing.length()) != '$') {
      return false;
    }
    for (int i = enclosing.length() + 1; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The method whose code creates {@code javaClass}, if it is an anonymous class created in a
   * method or constructor (not in an initialiser) of the class that encloses it.
   */
  static @Nullable Creator creatorOf(JavaClass javaClass) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof EnclosingMethod enclosing
          && enclosing.getEnclosingMethodIndex() != 0) {
        String outer =
            enclosing.getEnclosingClass().getBytes(javaClass.getConstantPool()).replace('/', '.');
        if (!isAnonymousClassOf(javaClass.getClassName(), outer)) {
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
