package io.github.mapinit.spotbugs;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantClass;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ConstantString;
import org.apache.bcel.classfile.ConstantUtf8;
import org.apache.bcel.classfile.JavaClass;

/**
 * Whether a class can touch a tracked type at all, read from its constant pool: every class, field
 * type, method descriptor and signature the code uses is named there. Most classes of a real
 * application never mention a map; they skip the control flow graphs and the dataflow.
 */
final class TrackedTypeScreen {

  /**
   * A class named in a descriptor or signature: {@code Ljava/util/Map;}, {@code Ljava/util/Map<}.
   */
  private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([\\w/$]+)[;<]");

  private TrackedTypeScreen() {}

  static boolean namesTrackedType(JavaClass javaClass, TypeOracle types) {
    ConstantPool pool = javaClass.getConstantPool();
    // String literals are text, not descriptors: "&Lambda;" would name a class "ambda".
    Set<Integer> literals = new HashSet<>();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantString literal) {
        literals.add(literal.getStringIndex());
      }
    }
    Constant[] constants = pool.getConstantPool();
    for (int index = 0; index < constants.length; index++) {
      Constant constant = constants[index];
      if (constant instanceof ConstantClass) {
        String name = ((ConstantClass) constant).getBytes(pool);
        if (name.startsWith("[")
            ? mentionsTracked(name, types)
            : types.isTracked(name.replace('/', '.'))) {
          return true;
        }
      } else if (constant instanceof ConstantUtf8
          && !literals.contains(index)
          && mentionsTracked(((ConstantUtf8) constant).getBytes(), types)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a descriptor or signature names a tracked class. */
  static boolean mentionsTracked(String text, TypeOracle types) {
    if (text.indexOf('L') < 0 || (text.indexOf(';') < 0 && text.indexOf('<') < 0)) {
      return false;
    }
    Matcher matcher = DESCRIPTOR_CLASS.matcher(text);
    while (matcher.find()) {
      if (types.isTracked(matcher.group(1).replace('/', '.'))) {
        return true;
      }
    }
    return false;
  }
}
