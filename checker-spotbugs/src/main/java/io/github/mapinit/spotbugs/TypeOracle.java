package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ch.Subtypes2;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.mapinit.policy.Policy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers subtype questions with SpotBugs' class hierarchy. A class missing from the aux classpath
 * is a subtype of nothing but itself: fewer reports, never a failure.
 */
final class TypeOracle {

  private final Policy policy;
  private final Map<String, Boolean> tracked = new ConcurrentHashMap<>();
  private final Map<String, Boolean> subtypes = new ConcurrentHashMap<>();

  TypeOracle(Policy policy) {
    this.policy = policy;
  }

  /** Whether fields and locals of the dotted class are tracked. */
  boolean isTracked(String className) {
    return tracked.computeIfAbsent(className, this::computeTracked);
  }

  /** Whether the field signature names a tracked class (arrays and primitives never are). */
  boolean isTrackedSignature(String signature) {
    return signature.startsWith("L")
        && signature.endsWith(";")
        && isTracked(signature.substring(1, signature.length() - 1).replace('/', '.'));
  }

  private boolean computeTracked(String className) {
    for (String type : policy.trackedTypes()) {
      if (isSubtype(className, type)) {
        return true;
      }
    }
    return false;
  }

  boolean isSubtype(String className, String possibleSupertype) {
    if (className.equals(possibleSupertype)) {
      return true;
    }
    return subtypes.computeIfAbsent(
        className + ' ' + possibleSupertype, k -> lookUp(className, possibleSupertype));
  }

  private static boolean lookUp(String className, String possibleSupertype) {
    try {
      Subtypes2 hierarchy = AnalysisContext.currentAnalysisContext().getSubtypes2();
      ClassDescriptor sub = DescriptorFactory.createClassDescriptorFromDottedClassName(className);
      ClassDescriptor sup =
          DescriptorFactory.createClassDescriptorFromDottedClassName(possibleSupertype);
      return hierarchy.isSubtype(sub, sup);
    } catch (ClassNotFoundException | RuntimeException e) {
      return false;
    }
  }
}
