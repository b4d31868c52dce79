package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.FieldAnnotation;
import edu.umd.cs.findbugs.LocalVariableAnnotation;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.Messages;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.Assessment;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;

/**
 * Builds the report of one use: class and method (0, 1), the field or local (2), the trace as a
 * string (3, the long description), and the use's line as the primary source line, so that SARIF
 * and IDE views point at the write.
 */
final class BugReports {

  private BugReports() {}

  static BugInstance of(
      Detector detector,
      JavaClass javaClass,
      Method method,
      Use use,
      NullCause cause,
      Assessment assessment,
      Advice advice) {
    Trace trace =
        new Trace(
            use.placeName(),
            cause,
            use.kind(),
            use.useName(),
            use.site().line(),
            use.calledFrom(),
            assessment,
            advice);
    BugInstance bug =
        new BugInstance(detector, Messages.BUG_TYPE, priorityOf(assessment.confidence()))
            .addClassAndMethod(javaClass, method);
    if (use.field() != null) {
      FieldKey field = use.field();
      bug.addField(
          new FieldAnnotation(
              field.className(), field.name(), field.signature(), field.isStatic()));
    } else {
      bug.add(
          new LocalVariableAnnotation(
              use.placeName(), use.localSlot(), use.site().pc(), use.site().line()));
    }
    bug.add(new TraceAnnotation(Messages.describe(trace)));
    bug.addSourceLine(
        SourceLineAnnotation.fromVisitedInstruction(javaClass, method, use.site().pc()));
    return bug;
  }

  /** Spec 8: SpotBugs' default threshold shows High and Medium, -low adds Low. */
  static int priorityOf(Confidence confidence) {
    return switch (confidence) {
      case HIGH -> Priorities.HIGH_PRIORITY;
      case MEDIUM -> Priorities.NORMAL_PRIORITY;
      case LOW -> Priorities.LOW_PRIORITY;
    };
  }
}
