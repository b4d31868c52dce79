package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.Arrays;
import java.util.List;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.classfile.NestMembers;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.MethodGen;
import org.jspecify.annotations.Nullable;

/**
 * Class facts from SpotBugs' class database: a class's bytecode, the top-level class of a nest and
 * a field's declaring class. A class that cannot be loaded answers with what its name says.
 */
final class ClassLookup {

  private ClassLookup() {}

  static @Nullable XClass xclass(String dottedName) {
    try {
      ClassDescriptor descriptor =
          DescriptorFactory.createClassDescriptorFromDottedClassName(dottedName);
      return Global.getAnalysisCache().getClassAnalysis(XClass.class, descriptor);
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
  }

  /** The bytecode of the dotted class, or null when it cannot be loaded. */
  static @Nullable JavaClass javaClass(String dottedName) {
    try {
      return AnalysisContext.currentAnalysisContext().lookupClass(dottedName);
    } catch (ClassNotFoundException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The class's constant pool as SpotBugs' analysis cache keeps it for every detector: a copy made
   * for each question about a class costs more than the question.
   */
  static ConstantPoolGen constantPool(JavaClass javaClass) {
    try {
      return Global.getAnalysisCache()
          .getClassAnalysis(
              ConstantPoolGen.class,
              DescriptorFactory.createClassDescriptorFromDottedClassName(javaClass.getClassName()));
    } catch (CheckedAnalysisException | RuntimeException e) {
      return new ConstantPoolGen(javaClass.getConstantPool());
    }
  }

  /**
   * The method's generic form as SpotBugs' analysis cache keeps it, or a new one where SpotBugs
   * declines (a method it deems too large to analyse).
   */
  static MethodGen methodGen(JavaClass javaClass, Method method) {
    ClassContext context = AnalysisSession.contextOf(javaClass.getClassName());
    MethodGen cached = context == null ? null : context.getMethodGen(method);
    return cached != null
        ? cached
        : new MethodGen(method, javaClass.getClassName(), constantPool(javaClass));
  }

  /** The method {@code name signature} that {@code javaClass} declares, or null. */
  static @Nullable Method declaredMethod(JavaClass javaClass, String name, String signature) {
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name) && method.getSignature().equals(signature)) {
        return method;
      }
    }
    return null;
  }

  /** The other classes of the nest that {@code host} heads (its NestMembers attribute), dotted. */
  static List<String> nestMembers(JavaClass host) {
    for (Attribute attribute : host.getAttributes()) {
      if (attribute instanceof NestMembers members) {
        return Arrays.stream(members.getClassNames()).map(n -> n.replace('/', '.')).toList();
      }
    }
    return List.of();
  }

  /** The outermost class enclosing the dotted class (itself for a top-level class). */
  static String topLevelOf(String dottedName) {
    String current = dottedName;
    for (int depth = 0; depth < 64; depth++) {
      XClass xclass = xclass(current);
      ClassDescriptor enclosing = xclass == null ? null : xclass.getImmediateEnclosingClass();
      if (enclosing == null) {
        break;
      }
      current = enclosing.getDottedClassName();
    }
    if (current.equals(dottedName) && xclass(dottedName) == null) {
      int dollar = dottedName.indexOf('$', dottedName.lastIndexOf('.') + 1);
      return dollar > 0 ? dottedName.substring(0, dollar) : dottedName;
    }
    return current;
  }

  static boolean sameTopLevel(String a, String b) {
    return a.equals(b) || topLevelOf(a).equals(topLevelOf(b));
  }

  /**
   * The class that declares the instance method {@code name} {@code signature} that {@code
   * referencedClass} has, itself or through its superclasses; null where none is found.
   */
  static @Nullable String declaringMethodClass(
      String referencedClass, String name, String signature) {
    String current = referencedClass;
    for (int depth = 0; depth < 64 && current != null; depth++) {
      XClass xclass = xclass(current);
      if (xclass == null) {
        return null;
      }
      if (xclass.findMethod(name, signature, false) != null) {
        return current;
      }
      ClassDescriptor superclass = xclass.getSuperclassDescriptor();
      current = superclass == null ? null : superclass.getDottedClassName();
    }
    return null;
  }

  /**
   * The class that declares the field a reference names: the referenced class or one of its
   * superclasses; the referenced class itself when the hierarchy cannot be read.
   */
  static String declaringClass(
      String referencedClass, String name, String signature, boolean isStatic) {
    String current = referencedClass;
    for (int depth = 0; depth < 64 && current != null; depth++) {
      XClass xclass = xclass(current);
      if (xclass == null) {
        break;
      }
      XField field = xclass.findField(name, signature, isStatic);
      if (field != null) {
        return field.getClassName();
      }
      ClassDescriptor superclass = xclass.getSuperclassDescriptor();
      current = superclass == null ? null : superclass.getDottedClassName();
    }
    return referencedClass;
  }
}
