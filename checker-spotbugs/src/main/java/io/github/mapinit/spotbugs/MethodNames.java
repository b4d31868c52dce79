package io.github.mapinit.spotbugs;

/** How reports name methods and constructors. */
final class MethodNames {

  static final String CONSTRUCTOR = "<init>";
  static final String STATIC_INITIALIZER = "<clinit>";

  private MethodNames() {}

  static String display(String className, String methodName) {
    if (CONSTRUCTOR.equals(methodName)) {
      return simpleName(className) + "()";
    }
    if (STATIC_INITIALIZER.equals(methodName)) {
      return "static initializer of " + simpleName(className);
    }
    return methodName;
  }

  static String simpleName(String className) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1);
  }
}
