package io.github.mapinit.spotbugs;

import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.AnnotationEntry;
import org.apache.bcel.classfile.FieldOrMethod;
import org.apache.bcel.classfile.JavaClass;

/**
 * The annotation types on a class member or class, visible and invisible alike, by canonical name
 * ({@code pkg.Outer.Inner}).
 */
final class Annotations {

  private Annotations() {}

  static List<String> of(FieldOrMethod member) {
    return names(member.getAnnotationEntries());
  }

  static List<String> of(JavaClass javaClass) {
    return names(javaClass.getAnnotationEntries());
  }

  private static List<String> names(AnnotationEntry[] entries) {
    List<String> names = new ArrayList<>();
    for (AnnotationEntry entry : entries) {
      String type = entry.getAnnotationType();
      if (type.startsWith("L") && type.endsWith(";")) {
        type = type.substring(1, type.length() - 1);
      }
      // Nested annotation types by their canonical name, as users spell them.
      names.add(type.replace('/', '.').replace('$', '.'));
    }
    return names;
  }
}
