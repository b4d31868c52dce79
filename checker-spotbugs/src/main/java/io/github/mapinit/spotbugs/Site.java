package io.github.mapinit.spotbugs;

/**
 * An instruction in some method: where a use is reported.
 *
 * @param className dotted name of the class that holds the method
 * @param methodName the method's name
 * @param methodSignature the method's JVM signature
 * @param isStatic whether the method is static
 * @param pc the instruction's bytecode offset
 * @param line the instruction's source line, or -1 when unknown
 */
record Site(
    String className,
    String methodName,
    String methodSignature,
    boolean isStatic,
    int pc,
    int line) {}
