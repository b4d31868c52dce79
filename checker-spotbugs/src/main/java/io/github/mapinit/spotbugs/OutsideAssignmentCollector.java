package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.NonReportingDetector;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.NullableResults;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantFieldref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * First pass: notes every reference field that an application class assigns in another top-level
 * class, with a value other than the constant {@code null}, and those that another class of the
 * same nest assigns (a nested Builder completing the object it created) or reads. Reports nothing.
 *
 * <p>Only fields of a tracked type are ever asked about, so a class whose constant pool names no
 * field of one is not scanned at all, and neither is any method of it: most classes never store to
 * a map field.
 */
public final class OutsideAssignmentCollector implements Detector, NonReportingDetector {

  private final BugReporter bugReporter;

  /**
   * Null when the options are malformed: then every class is scanned (the detector stops the run).
   */
  private final @Nullable TypeOracle types;

  public OutsideAssignmentCollector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    TypeOracle oracle;
    try {
      oracle = new TypeOracle(Settings.policyFrom(System.getProperties()));
    } catch (InvalidOptionException e) {
      oracle = null;
    }
    this.types = oracle;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    try {
      if (!AnalysisContext.currentAnalysisContext().isApplicationClass(javaClass)
          || !refersToTrackedField(javaClass)) {
        return;
      }
      OutsideAssignments database = OutsideAssignments.current();
      String className = javaClass.getClassName();
      ConstantPoolGen cpg = classContext.getConstantPoolGen();
      for (Method method : javaClass.getMethods()) {
        MethodGen methodGen =
            method.getCode() == null || !mayCollect(className, method, cpg)
                ? null
                : classContext.getMethodGen(method);
        if (methodGen != null) {
          collect(javaClass, methodGen, cpg, database);
        }
      }
    } catch (RuntimeException e) {
      bugReporter.logError(
          "mapinit: cannot collect field assignments in " + javaClass.getClassName(), e);
    }
  }

  /**
   * Whether the class's constant pool names a field whose declared type is tracked, or a field of
   * another class of its nest (a flag of the enclosing class that an inner class may assign).
   */
  private boolean refersToTrackedField(JavaClass javaClass) {
    TypeOracle oracle = types;
    if (oracle == null) {
      return true;
    }
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantFieldref field) {
        ConstantNameAndType nameAndType =
            pool.getConstant(field.getNameAndTypeIndex(), ConstantNameAndType.class);
        String owner = field.getClass(pool);
        if (oracle.isTrackedSignature(nameAndType.getSignature(pool))
            || (!owner.equals(javaClass.getClassName())
                && ClassLookup.sameTopLevel(owner, javaClass.getClassName()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the method has an instruction that {@link #collect} records: a field store, or a read
   * of a field of another class of its nest. Most methods have neither, and decoding their code
   * costs half as much as SpotBugs' generic form of them.
   */
  private static boolean mayCollect(String className, Method method, ConstantPoolGen cpg) {
    for (Instruction ins : new InstructionList(method.getCode().getCode()).getInstructions()) {
      short opcode = ins.getOpcode();
      if (opcode == Const.PUTFIELD || opcode == Const.PUTSTATIC) {
        return true;
      }
      if (opcode == Const.GETFIELD) {
        String referenced = ((FieldInstruction) ins).getReferenceType(cpg).toString();
        if (ofAnotherNestClass(className, referenced)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code referenced} is another class of {@code className}'s nest. */
  private static boolean ofAnotherNestClass(String className, String referenced) {
    return !className.equals(referenced) && ClassLookup.sameTopLevel(className, referenced);
  }

  private void collect(
      JavaClass javaClass, MethodGen methodGen, ConstantPoolGen cpg, OutsideAssignments database) {
    String className = javaClass.getClassName();
    for (InstructionHandle handle = methodGen.getInstructionList().getStart();
        handle != null;
        handle = handle.getNext()) {
      short opcode = handle.getInstruction().getOpcode();
      if (opcode == Const.GETFIELD) {
        FieldInstruction read = (FieldInstruction) handle.getInstruction();
        String referenced = read.getReferenceType(cpg).toString();
        if (ofAnotherNestClass(className, referenced)) {
          // A collection it may change behind the class's back (policy CollectionEmptiness).
          database.addReadFromNest(referenced, read.getFieldName(cpg));
        }
        continue;
      }
      if (opcode != Const.PUTFIELD && opcode != Const.PUTSTATIC) {
        continue;
      }
      FieldInstruction store = (FieldInstruction) handle.getInstruction();
      String signature = store.getSignature(cpg);
      String referenced = store.getReferenceType(cpg).toString();
      if (ofAnotherNestClass(className, referenced)) {
        // Any value, a null or a boolean included: the field's class cannot promise about it.
        database.addAnyFromNest(referenced, store.getFieldName(cpg));
      }
      InstructionHandle previous = handle.getPrev();
      boolean definitelyNull =
          previous != null && previous.getInstruction().getOpcode() == Const.ACONST_NULL;
      if (opcode == Const.PUTFIELD
          && previous != null
          && (definitelyNull || returnsNullLiteral(javaClass, previous, cpg))
          // Straight-line code only: a store that a branch joins (c ? x : null) is no plain null.
          && !handle.hasTargeters()
          && !previous.hasTargeters()
          && !storesIntoOwnObject(
              className,
              methodGen,
              referenced,
              NullConstructorArguments.producer(
                  handle,
                  new Type[] {store.getFieldType(cpg)},
                  NullConstructorArguments.RECEIVER,
                  cpg))) {
        // Spec 4: other.f = null, or other.f = m() where m of this class may return null, is a
        // reset of that object's field.
        database.addResetOnOtherObject(
            referenced,
            store.getFieldName(cpg),
            new NullCause.ResetElsewhere(
                methodGen.getLineNumberTable(cpg).getSourceLine(handle.getPosition()),
                MethodNames.display(className, methodGen.getName(), methodGen.getSignature()),
                definitelyNull));
      }
      if (!signature.startsWith("L")
          || (previous != null && previous.getInstruction().getOpcode() == Const.ACONST_NULL)) {
        continue;
      }
      String declaring =
          ClassLookup.declaringClass(
              referenced, store.getFieldName(cpg), signature, opcode == Const.PUTSTATIC);
      if (!ClassLookup.sameTopLevel(className, declaring)) {
        database.add(declaring, store.getFieldName(cpg));
      } else if (!className.equals(declaring)) {
        database.addFromNest(declaring, store.getFieldName(cpg));
      }
    }
  }

  /**
   * Whether {@code call} runs a method of {@code javaClass} that no subclass replaces and that
   * returns the null literal on some path (policy {@code NullableResults.mayBeNull}), as the Error
   * Prone check sees a call of the assigning class outside any dataflow.
   */
  private boolean returnsNullLiteral(
      JavaClass javaClass, InstructionHandle call, ConstantPoolGen cpg) {
    TypeOracle oracle = types;
    if (oracle == null
        || !(call.getInstruction() instanceof InvokeInstruction invoke)
        || invoke instanceof INVOKEDYNAMIC
        || !javaClass.getClassName().equals(invoke.getClassName(cpg))) {
      return false;
    }
    Method method =
        ClassLookup.declaredMethod(javaClass, invoke.getMethodName(cpg), invoke.getSignature(cpg));
    return method != null
        && NullableResults.mayBeNull(
            !ClassModel.isOverridable(javaClass, method),
            oracle.isTrackedSignature(invoke.getReturnType(cpg).getSignature()),
            () -> ClassModel.returnsNullLiteral(method));
  }

  /**
   * Whether a store into a field of {@code declaring} whose receiver {@code receiver} loads is one
   * of the running object's own, in a method of the field's class: {@code this.f = null}.
   */
  private static boolean storesIntoOwnObject(
      String className,
      MethodGen methodGen,
      String declaring,
      @Nullable InstructionHandle receiver) {
    return className.equals(declaring)
        && !methodGen.isStatic()
        && receiver != null
        && receiver.getInstruction() instanceof ALOAD load
        && load.getIndex() == 0;
  }

  @Override
  public void report() {}
}
