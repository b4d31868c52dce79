package io.github.mapinit.policy;

/**
 * Facts of the Java language and platform that the ordering hazards depend on.
 *
 * <p>Deserialisation: a transient field of a class that is deserialised without a constructor is
 * null in a deserialised instance unless the class restores it: it declares {@code writeReplace()}
 * or {@code readResolve()} (the instance is never the deserialised object), or a {@code readObject}
 * that leaves the field non-null, never returns, or exists at all for a {@code final} field (only
 * reflection can restore one); or it is abstract and a non-private method assigns the field, for
 * its subclasses' {@code readObject} to call.
 */
public final class JavaSemantics {

  /** A class that is serialised by default, without running a constructor on its fields. */
  public static final String SERIALIZABLE = "java.io.Serializable";

  /** A class that is deserialised through its public no-argument constructor. */
  public static final String EXTERNALIZABLE = "java.io.Externalizable";

  /**
   * The method that restores a deserialised object's state: {@code readObject(ObjectInputStream)}.
   */
  public static final String READ_OBJECT = "readObject";

  /** The method that replaces a deserialised object: {@code readResolve()}. */
  public static final String READ_RESOLVE = "readResolve";

  /** The method that serialises another object in place of this one: {@code writeReplace()}. */
  public static final String WRITE_REPLACE = "writeReplace";

  private JavaSemantics() {}
}
