package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import io.github.mapinit.policy.rules.ConstantTests;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IALOAD;
import org.apache.bcel.generic.IASTORE;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.Select;
import org.jspecify.annotations.Nullable;

/**
 * What a switch over an enum tests (policy {@link ConstantTests}): {@code case INDEXED:} on a local
 * or a final field of the object tests its flag "== INDEXED", as {@code mode == Mode.INDEXED} does.
 * javac switches on {@code $SwitchMap$..[e.ordinal()]}, whose keys its synthetic class's static
 * initialiser gives to the constants, or on {@code e.ordinal()} itself.
 */
final class EnumSwitches {

  /**
   * The variable a switch selects on, a local by slot or a final field of the analysed object by
   * name, and the constant each key stands for.
   */
  record Selected(int slot, @Nullable String field, Map<Integer, String> constants) {

    /** The test "== C" of the constant that {@code key} stands for, or null. */
    @Nullable String testOf(int key) {
      String constant = constants.get(key);
      return constant == null ? null : ConstantTests.equalTo(constant);
    }
  }

  private EnumSwitches() {}

  /** What the switch at {@code handle} selects on, when it is a switch over an enum; else null. */
  static @Nullable Selected at(InstructionHandle handle, String className, ConstantPoolGen cpg) {
    if (!(handle.getInstruction() instanceof Select)) {
      return null;
    }
    InstructionHandle before = handle.getPrev();
    GETSTATIC switchMap = null;
    if (before != null && before.getInstruction() instanceof IALOAD) {
      before = before.getPrev();
    }
    if (before == null
        || !(before.getInstruction() instanceof INVOKEVIRTUAL ordinal)
        || !"ordinal".equals(ordinal.getMethodName(cpg))) {
      return null;
    }
    InstructionHandle read = before.getPrev();
    if (read == null) {
      return null;
    }
    int slot = -1;
    String field = null;
    InstructionHandle first = read;
    if (read.getInstruction() instanceof ALOAD load && load.getIndex() > 0) {
      slot = load.getIndex();
    } else if (read.getInstruction() instanceof GETFIELD get
        && className.equals(get.getClassName(cpg))
        && read.getPrev() != null
        && read.getPrev().getInstruction() instanceof ALOAD self
        && self.getIndex() == 0) {
      field = get.getFieldName(cpg);
      first = read.getPrev();
    } else if (read.getInstruction() instanceof GETSTATIC get
        && className.equals(get.getClassName(cpg))) {
      // A static field of the class (a static state field, policy StaticPromises).
      field = get.getFieldName(cpg);
    } else {
      return null;
    }
    InstructionHandle array = first.getPrev();
    if (handle.getPrev().getInstruction() instanceof IALOAD) {
      if (array == null || !(array.getInstruction() instanceof GETSTATIC map)) {
        return null;
      }
      switchMap = map;
    }
    Map<Integer, String> constants =
        switchMap != null
            ? keysOf(switchMap.getClassName(cpg), switchMap.getFieldName(cpg))
            : ordinalsOf(ordinal.getClassName(cpg));
    return constants.isEmpty() ? null : new Selected(slot, field, constants);
  }

  /** The tests the cases of the switch at {@code handle} make, given what it selects on. */
  static java.util.Set<String> testsOf(Selected selected, Select select) {
    java.util.Set<String> tests = new java.util.HashSet<>();
    for (int key : select.getMatchs()) {
      String test = selected.testOf(key);
      if (test != null) {
        tests.add(test);
      }
    }
    return tests;
  }

  /**
   * The keys of each {@code $SwitchMap$..} array read so far, for the analysis under way: a class
   * declares its arrays once, and its switches read them again and again.
   */
  private static final Map<AnalysisContext, Map<String, Map<Integer, String>>> KEYS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** The keys that {@code $SwitchMap$..} gives the constants, read from its class's initialiser. */
  private static Map<Integer, String> keysOf(String holder, String arrayName) {
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    if (context == null) {
      return readKeys(holder, arrayName);
    }
    return KEYS.computeIfAbsent(context, analysis -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(holder + "." + arrayName, key -> readKeys(holder, arrayName));
  }

  private static Map<Integer, String> readKeys(String holder, String arrayName) {
    Map<Integer, String> keys = new HashMap<>();
    JavaClass javaClass = ClassLookup.javaClass(holder);
    Method initialiser = javaClass == null ? null : staticInitialiser(javaClass);
    if (javaClass == null || initialiser == null || initialiser.getCode() == null) {
      return keys;
    }
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    Instruction[] code = new InstructionList(initialiser.getCode().getCode()).getInstructions();
    // getstatic $SwitchMap$..; getstatic E.C; invokevirtual ordinal; <key>; iastore
    for (int i = 0; i + 4 < code.length; i++) {
      if (code[i] instanceof GETSTATIC map
          && arrayName.equals(map.getFieldName(cpg))
          && code[i + 1] instanceof GETSTATIC constant
          && code[i + 2] instanceof INVOKEVIRTUAL
          && code[i + 4] instanceof IASTORE) {
        Integer number = FinalFieldTests.intConstant(code[i + 3], cpg);
        if (number != null) {
          keys.put(number, constant.getFieldName(cpg));
        }
      }
    }
    return keys;
  }

  /** The constants of the enum by ordinal: javac declares their fields in that order. */
  private static Map<Integer, String> ordinalsOf(String enumClass) {
    Map<Integer, String> constants = new LinkedHashMap<>();
    JavaClass javaClass = ClassLookup.javaClass(enumClass);
    if (javaClass == null || !javaClass.isEnum()) {
      return constants;
    }
    for (Field field : javaClass.getFields()) {
      if (field.isEnum()) {
        constants.put(constants.size(), field.getName());
      }
    }
    return constants;
  }

  private static @Nullable Method staticInitialiser(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
        return method;
      }
    }
    return null;
  }
}
