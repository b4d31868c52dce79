package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ArrayType;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * How reports name methods and constructors, as the Error Prone check does: {@code add(Order)},
 * {@code OrderEvents(Executor)} for a constructor, with the parameters javac adds (an enum's name
 * and ordinal, an inner class's outer instance) left out.
 */
final class MethodNames {

  static final String CONSTRUCTOR = "<init>";
  static final String STATIC_INITIALIZER = "<clinit>";

  private MethodNames() {}

  static String display(String className, String methodName, String signature) {
    if (STATIC_INITIALIZER.equals(methodName)) {
      return "static initializer of " + simpleName(className);
    }
    boolean constructor = CONSTRUCTOR.equals(methodName);
    List<Type> parameters = new ArrayList<>(Arrays.asList(Type.getArgumentTypes(signature)));
    if (constructor) {
      dropSyntheticParameters(className, parameters);
    }
    List<String> names = new ArrayList<>();
    for (Type parameter : parameters) {
      names.add(simpleName(parameter));
    }
    return (constructor ? simpleName(className) : methodName)
        + "("
        + String.join(", ", names)
        + ")";
  }

  /** An enum constructor's name and ordinal, and an inner class constructor's outer instance. */
  private static void dropSyntheticParameters(String className, List<Type> parameters) {
    XClass xclass = ClassLookup.xclass(className);
    if (xclass == null) {
      return;
    }
    boolean isEnum = (xclass.getAccessFlags() & Const.ACC_ENUM) != 0;
    if (isEnum
        && parameters.size() >= 2
        && parameters.get(0).equals(Type.STRING)
        && parameters.get(1).equals(Type.INT)) {
      parameters.subList(0, 2).clear();
      return;
    }
    ClassDescriptor enclosing = xclass.getImmediateEnclosingClass();
    if (enclosing != null
        && !xclass.isStatic()
        && !parameters.isEmpty()
        && parameters.get(0) instanceof ObjectType
        && ((ObjectType) parameters.get(0)).getClassName().equals(enclosing.getDottedClassName())) {
      parameters.remove(0);
    }
  }

  private static String simpleName(Type type) {
    if (type instanceof ArrayType) {
      return simpleName(((ArrayType) type).getElementType())
          + "[]".repeat(((ArrayType) type).getDimensions());
    }
    return type instanceof ObjectType
        ? simpleName(((ObjectType) type).getClassName())
        : type.toString();
  }

  static String simpleName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1);
  }
}
