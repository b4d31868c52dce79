package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.NonReportingDetector;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;

/**
 * First pass: notes every reference field that an application class assigns in another top-level
 * class, with a value other than the constant {@code null}. Reports nothing.
 */
public final class OutsideAssignmentCollector implements Detector, NonReportingDetector {

  private final BugReporter bugReporter;

  public OutsideAssignmentCollector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    try {
      if (!AnalysisContext.currentAnalysisContext().isApplicationClass(javaClass)) {
        return;
      }
      OutsideAssignments database = OutsideAssignments.current();
      for (Method method : javaClass.getMethods()) {
        MethodGen methodGen = method.getCode() == null ? null : classContext.getMethodGen(method);
        if (methodGen != null) {
          collect(javaClass.getClassName(), methodGen, classContext.getConstantPoolGen(), database);
        }
      }
    } catch (RuntimeException e) {
      bugReporter.logError(
          "mapinit: cannot collect field assignments in " + javaClass.getClassName(), e);
    }
  }

  private static void collect(
      String className, MethodGen methodGen, ConstantPoolGen cpg, OutsideAssignments database) {
    for (InstructionHandle handle = methodGen.getInstructionList().getStart();
        handle != null;
        handle = handle.getNext()) {
      short opcode = handle.getInstruction().getOpcode();
      if (opcode != Const.PUTFIELD && opcode != Const.PUTSTATIC) {
        continue;
      }
      FieldInstruction store = (FieldInstruction) handle.getInstruction();
      String signature = store.getSignature(cpg);
      InstructionHandle previous = handle.getPrev();
      if (!signature.startsWith("L")
          || (previous != null && previous.getInstruction().getOpcode() == Const.ACONST_NULL)) {
        continue;
      }
      String declaring =
          ClassLookup.declaringClass(
              store.getReferenceType(cpg).toString(),
              store.getFieldName(cpg),
              signature,
              opcode == Const.PUTSTATIC);
      if (!ClassLookup.sameTopLevel(className, declaring)) {
        database.add(declaring, store.getFieldName(cpg));
      }
    }
  }

  @Override
  public void report() {}
}
