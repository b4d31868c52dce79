package io.github.mapinit.spotbugs;

import java.util.function.Function;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.EnclosingMethod;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.jspecify.annotations.Nullable;

/**
 * Anonymous and local classes as the bytecode shows them: javac names one {@code Outer$1} or {@code
 * Outer$1Local}, and its {@code EnclosingMethod} attribute names the method whose code declares it.
 */
final class LocalClasses {

  /** The method of the enclosing class whose code declares an anonymous or local class. */
  record Creator(String className, String methodName, String signature) {}

  private LocalClasses() {}

  /**
   * Whether {@code name} is an anonymous class ({@code Outer$1}) or a local class ({@code
   * Outer$1Local}) declared directly in {@code enclosing}.
   */
  static boolean isLocalClassOf(String name, String enclosing) {
    int start = enclosing.length() + 1;
    if (name.length() <= start
        || !name.startsWith(enclosing)
        || name.charAt(enclosing.length()) != '$'
        || !Character.isDigit(name.charAt(start))) {
      return false;
    }
    int i = start;
    while (i < name.length() && Character.isDigit(name.charAt(i))) {
      i++;
    }
    return name.indexOf('$', i) < 0;
  }

  /**
   * Whether {@code name} is a member class of {@code enclosing} ({@code Outer$Cursor}), static or
   * not.
   */
  static boolean isMemberClassOf(String name, String enclosing) {
    int start = enclosing.length() + 1;
    return name.length() > start
        && name.startsWith(enclosing)
        && name.charAt(enclosing.length()) == '$'
        && !Character.isDigit(name.charAt(start))
        && name.indexOf('$', start) < 0;
  }

  /** Whether {@code name} is a named local class ({@code Outer$1Local}), not an anonymous one. */
  static boolean isNamedLocalClass(String name) {
    return !Character.isDigit(name.charAt(name.length() - 1));
  }

  /**
   * Whether only {@code creator}'s own code creates the local class {@code local}: no other method
   * of its enclosing class (a lambda's body included) nor of the class itself makes one, and no
   * method handle names its constructor ({@code Local::new}). With no creator: no code of {@code
   * enclosing} creates it.
   */
  static boolean createdOnlyBy(JavaClass enclosing, @Nullable Method creator, JavaClass local) {
    String name = local.getClassName();
    for (JavaClass owner : new JavaClass[] {enclosing, local}) {
      ConstantPoolGen cpg = ClassLookup.constantPool(owner);
      for (Constant constant : owner.getConstantPool().getConstantPool()) {
        if (constant instanceof ConstantMethodHandle handle
            && handle.getReferenceKind() == Const.REF_newInvokeSpecial
            && owner.getConstantPool().constantToString(handle).contains(name.replace('.', '/'))) {
          return false;
        }
      }
      for (Method method : owner.getMethods()) {
        if ((owner != enclosing || method != creator) && creates(method, name, cpg)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean creates(Method method, String className, ConstantPoolGen cpg) {
    if (method.getCode() == null) {
      return false;
    }
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      if (handle.getInstruction() instanceof NEW creation
          && className.equals(creation.getLoadClassType(cpg).getClassName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spec 4 for a member class: the one method of its enclosing class that creates {@code member},
   * an inner (not static) class that is private or whose constructors are all private, so that only
   * code of the enclosing class's nest creates it. Null when it is another class, when no method or
   * several create it, when other code of the nest creates or extends it, or when a method handle
   * names its constructor ({@code Cursor::new}).
   *
   * @param classes reads a class of the nest by name; null when it cannot be read
   */
  static @Nullable Creator confinedMemberCreator(
      JavaClass member, Function<String, @Nullable JavaClass> classes) {
    InnerClass entry = ownEntry(member);
    if (entry == null
        || (entry.getInnerAccessFlags() & (Const.ACC_STATIC | Const.ACC_INTERFACE)) != 0
        || entry.getOuterClassIndex() == 0) {
      return null;
    }
    String outer =
        member
            .getConstantPool()
            .getConstantString(entry.getOuterClassIndex(), Const.CONSTANT_Class)
            .replace('/', '.');
    if (!isMemberClassOf(member.getClassName(), outer)
        || ((entry.getInnerAccessFlags() & Const.ACC_PRIVATE) == 0
            && !constructorsPrivate(member))) {
      return null;
    }
    JavaClass enclosing = classes.apply(outer);
    if (enclosing == null) {
      return null;
    }
    Method creator = null;
    ConstantPoolGen cpg = ClassLookup.constantPool(enclosing);
    for (Method method : enclosing.getMethods()) {
      if (creates(method, member.getClassName(), cpg)) {
        if (creator != null || method.isStatic() || Callbacks.isLambdaBody(method)) {
          return null;
        }
        creator = method;
      }
    }
    if (creator == null || !createdOnlyBy(enclosing, creator, member)) {
      return null;
    }
    if (setsFieldToNull(enclosing, outer) || setsFieldToNull(member, outer)) {
      return null;
    }
    for (String nestMember : ClassLookup.nestMembers(enclosing)) {
      if (nestMember.equals(member.getClassName())) {
        continue;
      }
      JavaClass other = classes.apply(nestMember);
      if (other == null
          || member.getClassName().equals(other.getSuperclassName())
          || !createdOnlyBy(other, null, member)
          || setsFieldToNull(other, outer)) {
        return null;
      }
    }
    return new Creator(outer, creator.getName(), creator.getSignature());
  }

  /**
   * Whether code of {@code javaClass} other than its constructors sets an instance field of the
   * class {@code owner} to null: an inner class of such an object may outlive the state where it
   * was made, so it sees the object as after construction.
   */
  private static boolean setsFieldToNull(JavaClass javaClass, String owner) {
    ConstantPoolGen cpg = ClassLookup.constantPool(javaClass);
    for (Method method : javaClass.getMethods()) {
      if (method.getCode() == null || Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        continue;
      }
      Instruction previous = null;
      for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
        Instruction ins = handle.getInstruction();
        if (ins instanceof PUTFIELD store
            && previous instanceof ACONST_NULL
            && owner.equals(store.getClassName(cpg))) {
          return true;
        }
        previous = ins;
      }
    }
    return false;
  }

  /** The class's own entry in its InnerClasses attribute, or null. */
  private static @Nullable InnerClass ownEntry(JavaClass javaClass) {
    String self = javaClass.getClassName().replace('.', '/');
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof InnerClasses inner) {
        for (InnerClass entry : inner.getInnerClasses()) {
          if (entry.getInnerClassIndex() != 0
              && self.equals(
                  javaClass
                      .getConstantPool()
                      .getConstantString(entry.getInnerClassIndex(), Const.CONSTANT_Class))) {
            return entry;
          }
        }
      }
    }
    return null;
  }

  private static boolean constructorsPrivate(JavaClass javaClass) {
    boolean any = false;
    for (Method method : javaClass.getMethods()) {
      if (Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        any = true;
        if (!method.isPrivate()) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * The method whose code declares {@code javaClass}, if it is an anonymous or local class of a
   * method or constructor (not of an initialiser) of the class that encloses it.
   */
  static @Nullable Creator creatorOf(JavaClass javaClass) {
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof EnclosingMethod enclosing
          && enclosing.getEnclosingMethodIndex() != 0) {
        String outer =
            enclosing.getEnclosingClass().getBytes(javaClass.getConstantPool()).replace('/', '.');
        if (!isLocalClassOf(javaClass.getClassName(), outer)) {
          return null;
        }
        ConstantNameAndType method = enclosing.getEnclosingMethod();
        return new Creator(
            outer,
            method.getName(javaClass.getConstantPool()),
            method.getSignature(javaClass.getConstantPool()));
      }
    }
    return null;
  }
}
