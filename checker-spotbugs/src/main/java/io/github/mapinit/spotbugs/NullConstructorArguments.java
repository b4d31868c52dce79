package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XClass;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.ConstantTests;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.JsrInstruction;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Select;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * Objects that a class's own code builds with a null map (policy {@link
 * NullCause.ConstructedWithNull}): a constructor that stores its parameter straight in a tracked
 * field ({@code aload_0; aload k; putfield f}, on every path to its return) and loads it nowhere
 * else, called by a method of the same nest, through {@code new} or {@code this(...)}, with {@code
 * aconst_null} for that parameter or a local variable that it sets to null somewhere; and objects
 * that copy a map that another object may not have created yet ({@link
 * NullCause.CopiedFromUnassigned}). The Error Prone check reads the same from the source.
 */
final class NullConstructorArguments {

  // A call whose arguments take more instructions than this is not searched.
  private static final int MOST_INSTRUCTIONS_BACK = 64;

  /** The position {@link #producer} takes for a call's receiver. */
  static final int RECEIVER = -1;

  private NullConstructorArguments() {}

  /** A {@code putfield} of a field and the local slot of the argument it stores. */
  private record StoredSlot(InstructionHandle store, int slot, String signature) {}

  /** A {@code putfield} of a field and the {@code getfield} of the argument's field it stores. */
  private record CopySite(InstructionHandle store, GETFIELD read) {}

  /**
   * A field that a constructor (or a setter, for {@link NullArgumentCalls}) stores an argument in.
   */
  record StoredField(String name, String signature, boolean tracked) {}

  /**
   * The objects of {@code javaClass} built with a null for a tracked field, by field name.
   *
   * @param types which types are tracked, and which are maps
   */
  static Map<String, List<NullCause>> in(
      JavaClass javaClass,
      ClassContext context,
      Set<String> trackedInstanceFields,
      TypeOracle types) {
    if (trackedInstanceFields.isEmpty()) {
      return Map.of();
    }
    String className = javaClass.getClassName();
    ConstantPoolGen cpg = context.getConstantPoolGen();
    Map<String, Map<Integer, StoredField>> storedBySignature = new HashMap<>();
    Map<String, List<NullCause>> found = new LinkedHashMap<>();
    for (Method method : javaClass.getMethods()) {
      if (Const.CONSTRUCTOR_NAME.equals(method.getName())
          && (method.getAccessFlags() & Const.ACC_VARARGS) == 0) {
        MethodGen constructor = context.getMethodGen(method);
        if (constructor != null) {
          Map<Integer, StoredField> stored =
              storedArguments(className, constructor, cpg, trackedInstanceFields);
          if (stored.values().stream().anyMatch(StoredField::tracked)) {
            storedBySignature.put(method.getSignature(), stored);
          }
          copiedFields(className, constructor, cpg, trackedInstanceFields)
              .forEach((field, cause) -> add(found, field, cause));
        }
      }
    }
    EarlyStaticConstructions.in(javaClass, cpg, trackedInstanceFields)
        .forEach((field, early) -> early.forEach(cause -> add(found, field, cause)));
    if (storedBySignature.isEmpty()) {
      return found;
    }
    for (String nestClass : nestClasses(className)) {
      JavaClass callerClass =
          nestClass.equals(className) ? javaClass : ClassLookup.javaClass(nestClass);
      if (callerClass == null || !namesConstructorOf(callerClass, className)) {
        continue;
      }
      ConstantPoolGen callerPool =
          callerClass == javaClass ? cpg : ClassLookup.constantPool(callerClass);
      for (Method method : callerClass.getMethods()) {
        if (method.getCode() == null || !constructs(method, className, callerPool)) {
          continue;
        }
        MethodGen caller =
            callerClass == javaClass
                ? context.getMethodGen(method)
                : ClassLookup.methodGen(callerClass, method);
        if (caller != null) {
          addCalls(
              className, callerClass, method, caller, callerPool, storedBySignature, types, found);
        }
      }
    }
    return found;
  }

  /**
   * The arguments (by position) that {@code constructor} stores in a followed field of its class
   * (tracked, boolean or of an enum type) and loads nowhere else: {@code aload_0; aload k (iload
   * k); putfield f}, the only store of {@code f}, on every path to a return; none where it
   * delegates to another constructor of its class (or, in a method, constructs one). {@link
   * NullArgumentCalls} asks the same of methods, and of a static method, of a tracked static field
   * ({@code aload k; putstatic f}); {@code tracked} names the fields of the method's kind.
   */
  static Map<Integer, StoredField> storedArguments(
      String className, MethodGen constructor, ConstantPoolGen cpg, Set<String> tracked) {
    Map<Integer, Integer> slotToArgument = new HashMap<>();
    // A static method (a setter of a static field) has no receiver in slot 0.
    boolean isStatic = constructor.isStatic();
    int slot = isStatic ? 0 : 1;
    Type[] arguments = constructor.getArgumentTypes();
    for (int i = 0; i < arguments.length; i++) {
      slotToArgument.put(slot, i);
      slot += arguments[i].getSize();
    }
    Map<Integer, Integer> loads = new HashMap<>();
    Set<Integer> storedSlots = new HashSet<>();
    Map<String, Integer> fieldStores = new HashMap<>();
    Map<String, StoredSlot> candidates = new HashMap<>();
    for (InstructionHandle handle : constructor.getInstructionList().getInstructionHandles()) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof LoadInstruction load) {
        loads.merge(load.getIndex(), 1, Integer::sum);
      } else if (instruction instanceof StoreInstruction store) {
        storedSlots.add(store.getIndex());
      } else if (instruction instanceof IINC increment) {
        storedSlots.add(increment.getIndex());
      } else if (instruction instanceof INVOKESPECIAL call
          && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          && className.equals(call.getReferenceType(cpg).toString())) {
        // this(...): the other constructor's stores, and its callers', say the rest.
        return Map.of();
      } else if (isStatic
          && instruction instanceof PUTSTATIC put
          && className.equals(put.getReferenceType(cpg).toString())) {
        String field = put.getFieldName(cpg);
        fieldStores.merge(field, 1, Integer::sum);
        InstructionHandle value = handle.getPrev();
        if (value != null
            && !handle.hasTargeters()
            && value.getInstruction() instanceof ALOAD load
            && slotToArgument.containsKey(load.getIndex())) {
          candidates.put(field, new StoredSlot(handle, load.getIndex(), put.getSignature(cpg)));
        }
      } else if (!isStatic
          && instruction instanceof PUTFIELD put
          && className.equals(put.getReferenceType(cpg).toString())) {
        String field = put.getFieldName(cpg);
        fieldStores.merge(field, 1, Integer::sum);
        InstructionHandle value = handle.getPrev();
        InstructionHandle receiver = value == null ? null : value.getPrev();
        if (value != null
            && receiver != null
            && !value.hasTargeters()
            && !handle.hasTargeters()
            && (value.getInstruction() instanceof ALOAD || value.getInstruction() instanceof ILOAD)
            && slotToArgument.containsKey(((LoadInstruction) value.getInstruction()).getIndex())
            && receiver.getInstruction() instanceof ALOAD self
            && self.getIndex() == 0) {
          candidates.put(
              field,
              new StoredSlot(
                  handle,
                  ((LoadInstruction) value.getInstruction()).getIndex(),
                  put.getSignature(cpg)));
        }
      }
    }
    Map<Integer, StoredField> stored = new HashMap<>();
    candidates.forEach(
        (field, store) -> {
          int argumentSlot = store.slot();
          boolean isTracked = tracked.contains(field);
          if ((isTracked || (!isStatic && isConstantKind(store.signature())))
              && fieldStores.getOrDefault(field, 0) == 1
              && loads.getOrDefault(argumentSlot, 0) == 1
              && !storedSlots.contains(argumentSlot)
              && onEveryPathToReturn(constructor, store.store())) {
            stored.put(
                slotToArgument.getOrDefault(argumentSlot, -1),
                new StoredField(field, store.signature(), isTracked));
          }
        });
    return stored;
  }

  /**
   * The static final field of {@code className} whose initialiser the construction that ends at
   * {@code init} is ({@code new Headers(null); putstatic EMPTY} in the class's own static
   * initialiser), or null.
   */
  private static @Nullable String sharedFieldStoredBy(
      InstructionHandle init, String className, JavaClass callerClass, ConstantPoolGen cpg) {
    InstructionHandle next = init.getNext();
    if (next == null
        || !(next.getInstruction() instanceof PUTSTATIC store)
        || !callerClass.getClassName().equals(className)
        || !className.equals(store.getClassName(cpg))) {
      return null;
    }
    return FinalFieldTests.sharedInstanceFields(callerClass).contains(store.getFieldName(cpg))
        ? store.getFieldName(cpg)
        : null;
  }

  /** Whether the class's constant pool names a constructor of {@code className}: none, no call. */
  private static boolean namesConstructorOf(JavaClass callerClass, String className) {
    ConstantPool pool = callerClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantMethodref method
          && className.equals(method.getClass(pool))
          && Const.CONSTRUCTOR_NAME.equals(
              pool.getConstant(method.getNameAndTypeIndex(), ConstantNameAndType.class)
                  .getName(pool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code method} calls a constructor of {@code className}, the only instructions {@link
   * #addCalls} looks at: decoding a method's code costs half as much as SpotBugs' generic form of
   * it.
   */
  private static boolean constructs(Method method, String className, ConstantPoolGen cpg) {
    for (Instruction ins : new InstructionList(method.getCode().getCode()).getInstructions()) {
      if (constructorCallOf(ins, className, cpg) != null) {
        return true;
      }
    }
    return false;
  }

  /** The instruction as a call of a constructor of {@code className}; null for any other. */
  private static @Nullable INVOKESPECIAL constructorCallOf(
      Instruction ins, String className, ConstantPoolGen cpg) {
    return ins instanceof INVOKESPECIAL call
            && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
            && className.equals(call.getReferenceType(cpg).toString())
        ? call
        : null;
  }

  /**
   * The calls of {@code className}'s constructors in {@code method}, a method of {@code
   * callerClass} (the class itself or another of its nest), that pass null, or a field of the
   * running object that no constructor of its class assigns, for an argument the constructor stores
   * in a tracked field.
   */
  private static void addCalls(
      String className,
      JavaClass callerClass,
      Method method,
      MethodGen caller,
      ConstantPoolGen cpg,
      Map<String, Map<Integer, StoredField>> storedBySignature,
      TypeOracle types,
      Map<String, List<NullCause>> found) {
    LineOracle lines = new LineOracle(method);
    LocalsSetToNull localsSetToNull = LocalsSetToNull.in(method, caller.getInstructionList());
    for (InstructionHandle handle : caller.getInstructionList().getInstructionHandles()) {
      INVOKESPECIAL call = constructorCallOf(handle.getInstruction(), className, cpg);
      if (call == null) {
        continue;
      }
      String signature = call.getSignature(cpg);
      Map<Integer, StoredField> stored = storedBySignature.get(signature);
      if (stored == null) {
        continue;
      }
      Type[] arguments = Type.getArgumentTypes(signature);
      if (isSuperCall(callerClass, className, method, handle, arguments, cpg)) {
        // super(..) from a subclass in the nest: only new and this(..) build the class's objects.
        continue;
      }
      String constructor = MethodNames.display(className, Const.CONSTRUCTOR_NAME, signature);
      Map<String, String> constants = new HashMap<>();
      String shared = sharedFieldStoredBy(handle, className, callerClass, cpg);
      if (shared != null) {
        // Policy ConstantTests.IS_RUNNING_OBJECT: the object built here is the one it holds.
        constants.put(shared, ConstantTests.RUNNING_OBJECT);
      }
      stored.forEach(
          (argument, field) -> {
            String constant =
                field.tracked()
                    ? null
                    : constantOf(producer(handle, arguments, argument, cpg), field, cpg);
            if (constant != null) {
              constants.put(field.name(), constant);
            }
          });
      stored.forEach(
          (argument, field) -> {
            InstructionHandle value =
                field.tracked() ? producer(handle, arguments, argument, cpg) : null;
            if (value == null) {
              if (field.tracked() && nullBranch(handle, arguments, argument, cpg) != null) {
                // `c ? null : copy`: null on the paths where c holds.
                add(
                    found,
                    field.name(),
                    new NullCause.ConstructedWithNull(
                        constructor,
                        lines.lineOf(callStart(handle, className, cpg)),
                        constants,
                        false));
              }
              return;
            }
            boolean givenNull = value.getInstruction().getOpcode() == Const.ACONST_NULL;
            if (givenNull
                || localsSetToNull.holdsSetToNull(value)
                || missesEntry(value, types, cpg)) {
              add(
                  found,
                  field.name(),
                  new NullCause.ConstructedWithNull(
                      constructor,
                      lines.lineOf(callStart(handle, className, cpg)),
                      constants,
                      givenNull));
            }
            GETFIELD passed =
                method.isStatic() ? null : fieldOfRunningObject(value, callerClass, cpg);
            if (passed == null) {
              return;
            }
            String passedName = passed.getFieldName(cpg);
            if (!assignedByConstruction(callerClass, passedName)) {
              // new Request(url, headers) in a builder whose constructors leave its map unassigned.
              add(
                  found,
                  field.name(),
                  new NullCause.CopiedFromUnassigned(
                      constructor,
                      MethodNames.simpleName(callerClass.getClassName()),
                      passedName,
                      comparedWithNull(callerClass, passedName)));
            }
            if (Const.CONSTRUCTOR_NAME.equals(method.getName())
                && types.isTrackedSignature(passed.getSignature(cpg))
                && InitialisationOrder.stillUnassigned(
                    caller.getInstructionList(),
                    value.getPrev(),
                    passedName,
                    callerClass.getClassName(),
                    cpg)) {
              // new Scope(this.names) above the initialiser of names: built with a null map.
              add(
                  found,
                  field.name(),
                  new NullCause.BuiltBeforeAssigned(
                      constructor, passedName, lines.lineOf(callStart(handle, className, cpg))));
            }
          });
    }
  }

  /**
   * Whether {@code value} pushes a map's entry ({@code invokeinterface Map.get; checkcast}) passed
   * to a constructor that stores it in a tracked field (policy {@code
   * NullableResults.missesEntry}): null for a missing key, unless the method asks the map about
   * that key.
   */
  private static boolean missesEntry(
      InstructionHandle value, TypeOracle types, ConstantPoolGen cpg) {
    InstructionHandle lookup =
        value.getInstruction() instanceof CHECKCAST ? value.getPrev() : value;
    return lookup != null && KeyQueries.missesEntry(lookup, types, cpg);
  }

  /**
   * The {@code getfield} at {@code value}, as {@code aload_0; getfield f} of a field of {@code
   * callerClass} on straight-line code: the running object's field passed on; null for any other
   * value.
   */
  private static @Nullable GETFIELD fieldOfRunningObject(
      InstructionHandle value, JavaClass callerClass, ConstantPoolGen cpg) {
    InstructionHandle receiver = value.getPrev();
    return value.getInstruction() instanceof GETFIELD read
            && read.getReferenceType(cpg).toString().equals(callerClass.getClassName())
            && receiver != null
            && !value.hasTargeters()
            && receiver.getInstruction() instanceof ALOAD self
            && self.getIndex() == 0
        ? read
        : null;
  }

  /** Whether {@code call} is a subclass constructor's {@code super(..)}, on its own object. */
  private static boolean isSuperCall(
      JavaClass callerClass,
      String className,
      Method method,
      InstructionHandle call,
      Type[] arguments,
      ConstantPoolGen cpg) {
    if (callerClass.getClassName().equals(className)
        || !Const.CONSTRUCTOR_NAME.equals(method.getName())
        || callStart(call, className, cpg) != call.getPosition()) {
      // A `new` of the class (its receiver is the copy `dup` makes, which no walk back names).
      return false;
    }
    InstructionHandle receiver = producer(call, arguments, RECEIVER, cpg);
    return receiver == null
        || (receiver.getInstruction() instanceof ALOAD self && self.getIndex() == 0);
  }

  /**
   * The classes of the nest {@code className} belongs to, itself first: its top-level class's
   * NestMembers, or, in a class file older than Java 11, the top-level class's InnerClasses.
   */
  static List<String> nestClasses(String className) {
    List<String> classes = new ArrayList<>();
    classes.add(className);
    String top = ClassLookup.topLevelOf(className);
    JavaClass host = ClassLookup.javaClass(top);
    if (host == null) {
      return classes;
    }
    List<String> members = new ArrayList<>(ClassLookup.nestMembers(host));
    if (members.isEmpty()) {
      for (Attribute attribute : host.getAttributes()) {
        if (attribute instanceof InnerClasses inner) {
          for (InnerClass entry : inner.getInnerClasses()) {
            String name =
                host.getConstantPool()
                    .getConstantString(entry.getInnerClassIndex(), Const.CONSTANT_Class)
                    .replace('/', '.');
            if (name.startsWith(top + "$")) {
              members.add(name);
            }
          }
        }
      }
    }
    members.add(top);
    for (String member : members) {
      if (!classes.contains(member)) {
        classes.add(member);
      }
    }
    return classes;
  }

  private static void add(Map<String, List<NullCause>> found, String field, NullCause cause) {
    List<NullCause> causes = found.computeIfAbsent(field, f -> new ArrayList<>());
    if (!causes.contains(cause)) {
      causes.add(cause);
    }
  }

  /**
   * The tracked fields that {@code constructor} assigns straight from a field of its argument
   * ({@code aload_0; aload k; getfield C.g; putfield f}), where {@code f} is stored and {@code C.g}
   * read nowhere else in it, on every path to a return, {@code C} is another class of the same
   * nest, and no constructor of {@code C} assigns {@code g}; none where it delegates with {@code
   * this(...)}.
   */
  private static Map<String, NullCause> copiedFields(
      String className, MethodGen constructor, ConstantPoolGen cpg, Set<String> tracked) {
    Map<String, Integer> fieldStores = new HashMap<>();
    Map<String, Integer> sourceReads = new HashMap<>();
    Map<String, CopySite> sites = new HashMap<>();
    Set<Integer> argumentSlots = new HashSet<>();
    int slot = 1;
    for (Type argument : constructor.getArgumentTypes()) {
      argumentSlots.add(slot);
      slot += argument.getSize();
    }
    for (InstructionHandle handle : constructor.getInstructionList().getInstructionHandles()) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof INVOKESPECIAL call
          && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          && className.equals(call.getReferenceType(cpg).toString())) {
        return Map.of();
      }
      if (instruction instanceof GETFIELD read) {
        sourceReads.merge(
            read.getReferenceType(cpg) + "." + read.getFieldName(cpg), 1, Integer::sum);
      }
      if (instruction instanceof PUTFIELD put
          && className.equals(put.getReferenceType(cpg).toString())
          && tracked.contains(put.getFieldName(cpg))) {
        String field = put.getFieldName(cpg);
        fieldStores.merge(field, 1, Integer::sum);
        InstructionHandle value = handle.getPrev();
        InstructionHandle argument = value == null ? null : value.getPrev();
        InstructionHandle receiver = argument == null ? null : argument.getPrev();
        if (value != null
            && argument != null
            && receiver != null
            && !handle.hasTargeters()
            && !value.hasTargeters()
            && !argument.hasTargeters()
            && value.getInstruction() instanceof GETFIELD read
            && argument.getInstruction() instanceof ALOAD given
            && argumentSlots.contains(given.getIndex())
            && receiver.getInstruction() instanceof ALOAD self
            && self.getIndex() == 0) {
          sites.put(field, new CopySite(handle, read));
        }
      }
    }
    Map<String, NullCause> copied = new HashMap<>();
    sites.forEach(
        (field, site) -> {
          GETFIELD read = site.read();
          String sourceClass = read.getReferenceType(cpg).toString();
          String sourceField = read.getFieldName(cpg);
          if (fieldStores.getOrDefault(field, 0) == 1
              && sourceReads.getOrDefault(sourceClass + "." + sourceField, 0) == 1
              && !sourceClass.equals(className)
              && ClassLookup.sameTopLevel(sourceClass, className)
              && onEveryPathToReturn(constructor, site.store())) {
            JavaClass source = ClassLookup.javaClass(sourceClass);
            if (source != null && !assignedByConstruction(source, sourceField)) {
              copied.put(
                  field,
                  new NullCause.CopiedFromUnassigned(
                      MethodNames.display(
                          className, Const.CONSTRUCTOR_NAME, constructor.getSignature()),
                      MethodNames.simpleName(sourceClass),
                      sourceField,
                      comparedWithNull(source, sourceField)));
            }
          }
        });
    return copied;
  }

  /**
   * Whether every constructor of {@code type} assigns {@code field} (field initialisers are part of
   * each constructor that does not delegate), delegates to another ({@code this(..)}), or calls a
   * method of the class that assigns it. A constructor that does none of these leaves the field
   * null ({@code Builder(Client source)} that copies everything but the headers).
   */
  private static boolean assignedByConstruction(JavaClass type, String field) {
    ConstantPoolGen cpg = ClassLookup.constantPool(type);
    String className = type.getClassName();
    Set<String> assigningMethods = new HashSet<>();
    for (Method method : type.getMethods()) {
      if (!Const.CONSTRUCTOR_NAME.equals(method.getName())
          && method.getCode() != null
          && assigns(method, field, className, cpg)) {
        assigningMethods.add(method.getName() + method.getSignature());
      }
    }
    boolean anyConstructor = false;
    for (Method method : type.getMethods()) {
      if (!Const.CONSTRUCTOR_NAME.equals(method.getName()) || method.getCode() == null) {
        continue;
      }
      anyConstructor = true;
      boolean assigns = assigns(method, field, className, cpg);
      for (Instruction instruction :
          new InstructionList(method.getCode().getCode()).getInstructions()) {
        if (instruction instanceof InvokeInstruction call
            && call.getOpcode() != Const.INVOKESTATIC
            && call.getOpcode() != Const.INVOKEDYNAMIC
            && call.getReferenceType(cpg).toString().equals(className)) {
          String callee = call.getMethodName(cpg);
          // this(..), or a method of the class that assigns the field.
          assigns |=
              Const.CONSTRUCTOR_NAME.equals(callee)
                  || assigningMethods.contains(callee + call.getSignature(cpg));
        }
      }
      if (!assigns) {
        return false;
      }
    }
    return anyConstructor;
  }

  private static boolean assigns(
      Method method, String field, String className, ConstantPoolGen cpg) {
    for (Instruction instruction :
        new InstructionList(method.getCode().getCode()).getInstructions()) {
      if (instruction instanceof PUTFIELD put
          && put.getFieldName(cpg).equals(field)
          && put.getReferenceType(cpg).toString().equals(className)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a method of {@code type} tests its {@code field} for null. */
  private static boolean comparedWithNull(JavaClass type, String field) {
    ConstantPoolGen cpg = ClassLookup.constantPool(type);
    for (Method method : type.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList code = new InstructionList(method.getCode().getCode());
      for (InstructionHandle handle : code.getInstructionHandles()) {
        InstructionHandle next = handle.getNext();
        if (handle.getInstruction() instanceof GETFIELD read
            && read.getFieldName(cpg).equals(field)
            && read.getReferenceType(cpg).toString().equals(type.getClassName())
            && next != null
            && (next.getInstruction().getOpcode() == Const.IFNULL
                || next.getInstruction().getOpcode() == Const.IFNONNULL)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A boolean field, or one of an enum type: its constant may decide a flag. */
  private static boolean isConstantKind(String signature) {
    return signature.equals("Z") || enumClass(signature) != null;
  }

  private static @Nullable String enumClass(String signature) {
    if (!signature.startsWith("L") || !signature.endsWith(";")) {
      return null;
    }
    String name = signature.substring(1, signature.length() - 1).replace('/', '.');
    XClass type = ClassLookup.xclass(name);
    return type != null && (type.getAccessFlags() & Const.ACC_ENUM) != 0 ? name : null;
  }

  /**
   * The constant that {@code value} pushes for {@code field}, as policy NullConstruction names it:
   * an enum constant's simple name, or {@code true} or {@code false} for a boolean field.
   */
  private static @Nullable String constantOf(
      @Nullable InstructionHandle value, StoredField field, ConstantPoolGen cpg) {
    if (value == null) {
      return null;
    }
    Instruction instruction = value.getInstruction();
    if (field.signature().equals("Z") && instruction instanceof ICONST constant) {
      int bit = constant.getValue().intValue();
      return bit == 0 ? "false" : bit == 1 ? "true" : null;
    }
    return instruction instanceof GETSTATIC read
            && read.getSignature(cpg).equals(field.signature())
            && enumClass(field.signature()) != null
        ? FinalFieldTests.namedConstant(read, cpg)
        : null;
  }

  /** Whether every path from the start to a normal return passes {@code required}. */
  private static boolean onEveryPathToReturn(MethodGen method, InstructionHandle required) {
    Deque<InstructionHandle> work = new ArrayDeque<>();
    Set<InstructionHandle> seen = new HashSet<>();
    work.add(method.getInstructionList().getStart());
    while (!work.isEmpty()) {
      InstructionHandle handle = work.poll();
      if (handle == null || handle == required || !seen.add(handle)) {
        continue;
      }
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof ReturnInstruction) {
        return false;
      }
      if (instruction instanceof JsrInstruction) {
        return false;
      }
      if (instruction instanceof Select select) {
        work.add(select.getTarget());
        work.addAll(List.of(select.getTargets()));
      } else if (instruction instanceof GotoInstruction jump) {
        work.add(jump.getTarget());
      } else if (instruction instanceof IfInstruction branch) {
        work.add(branch.getTarget());
        work.add(handle.getNext());
      } else if (instruction.getOpcode() != Const.ATHROW) {
        work.add(handle.getNext());
      }
    }
    return true;
  }

  /**
   * The instruction that pushes the value {@code call} receives as argument {@code position}, or as
   * its receiver for {@link #RECEIVER} (through casts), found by walking back over straight-line
   * code that pushes the later arguments; null where another path joins or the walk is too long.
   */
  static @Nullable InstructionHandle producer(
      InstructionHandle call, Type[] arguments, int position, ConstantPoolGen cpg) {
    return walkBack(call, arguments, position, cpg, false);
  }

  /**
   * The {@code aconst_null} of a conditional that {@code call} receives as argument {@code
   * position} ({@code c ? null : copy}, {@code c ? copy : null}): one of the paths that join right
   * where the argument is pushed pushes null. Null for any other argument.
   */
  static @Nullable InstructionHandle nullBranch(
      InstructionHandle call, Type[] arguments, int position, ConstantPoolGen cpg) {
    return walkBack(call, arguments, position, cpg, true);
  }

  /**
   * Walks back from {@code call} over the code that pushes the arguments after {@code position}:
   * the argument's producer, or with {@code atJoin} the null branch of a conditional that ends
   * there.
   */
  private static @Nullable InstructionHandle walkBack(
      InstructionHandle call, Type[] arguments, int position, ConstantPoolGen cpg, boolean atJoin) {
    if (position < RECEIVER || position >= arguments.length) {
      return null;
    }
    int above = 0;
    for (int i = position + 1; i < arguments.length; i++) {
      above += arguments[i].getSize();
    }
    InstructionHandle after = call;
    InstructionHandle handle = call.getPrev();
    for (int steps = 0; handle != null && steps < MOST_INSTRUCTIONS_BACK; steps++) {
      if (after.hasTargeters()) {
        // Another path joins between the argument and the call: its stack is not this one's,
        // unless the paths join right after pushing the argument (a conditional's branches).
        return atJoin && above == 0 ? nullPushedBefore(after, handle) : null;
      }
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof BranchInstruction) {
        return null;
      }
      int produced = instruction.produceStack(cpg);
      int consumed = instruction.consumeStack(cpg);
      if (produced < 0 || consumed < 0) {
        return null;
      }
      if (above < produced) {
        if (instruction instanceof CHECKCAST) {
          // A cast passes on the value below it.
          above = 0;
          after = handle;
          handle = handle.getPrev();
          continue;
        }
        return above == produced - 1 && !atJoin ? handle : null;
      }
      above = above - produced + consumed;
      after = handle;
      handle = handle.getPrev();
    }
    return null;
  }

  /**
   * The {@code aconst_null} that one path into {@code join} ends with: the instruction before it
   * ({@code fallThrough}), or the one before a {@code goto} to it.
   */
  private static @Nullable InstructionHandle nullPushedBefore(
      InstructionHandle join, InstructionHandle fallThrough) {
    if (fallThrough.getInstruction().getOpcode() == Const.ACONST_NULL) {
      return fallThrough;
    }
    InstructionHandle handle = fallThrough;
    for (int steps = 0; handle != null && steps < MOST_INSTRUCTIONS_BACK; steps++) {
      if (handle.getInstruction() instanceof GotoInstruction jump
          && jump.getTarget() == join
          && handle.getPrev() != null
          && handle.getPrev().getInstruction().getOpcode() == Const.ACONST_NULL) {
        return handle.getPrev();
      }
      handle = handle.getPrev();
    }
    return null;
  }

  /**
   * Where the call that ends at {@code init} starts, as the source names it: its {@code new}
   * ({@code new Parser(\n options, ..)} is at the line of {@code new}), found by walking back over
   * the constructions of the same class nested in its arguments; {@code init} itself for {@code
   * this(..)}.
   */
  private static int callStart(InstructionHandle init, String className, ConstantPoolGen cpg) {
    int nested = 0;
    InstructionHandle handle = init.getPrev();
    for (int steps = 0; handle != null && steps < MOST_INSTRUCTIONS_BACK; steps++) {
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof INVOKESPECIAL call
          && Const.CONSTRUCTOR_NAME.equals(call.getMethodName(cpg))
          && className.equals(call.getReferenceType(cpg).toString())) {
        nested++;
      } else if (instruction instanceof NEW created
          && className.equals(created.getLoadClassType(cpg).getClassName())) {
        if (nested == 0) {
          return handle.getPosition();
        }
        nested--;
      }
      handle = handle.getPrev();
    }
    return init.getPosition();
  }
}
