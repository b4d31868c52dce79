package io.github.mapinit.policy;

/** Facts of the Java language and platform that the ordering hazards depend on. */
public final class JavaSemantics {

  /** A class that is serialised by default, without running a constructor on its fields. */
  public static final String SERIALIZABLE = "java.io.Serializable";

  /** A class that is deserialised through its public no-argument constructor. */
  public static final String EXTERNALIZABLE = "java.io.Externalizable";

  /** The method that restores a deserialised object's state: {@code readObject(ObjectInputStream)}. */
  public static final String READ_OBJECT = "readObject";

  /** The method that replaces a deserialised object: {@code readResolve()}. */
  public static final String READ_RESOLVE = "readResolve";

  private JavaSemantics() {}
}
