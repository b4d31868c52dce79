package io.github.mapinit.policy;

/** How a use dereferences a possibly-null place. */
public enum AccessKind {
  /** A mutating call such as {@code put}: the Java twin of Go's nil-map assignment. */
  WRITE("write"),
  /** Any other dereference: {@code get}, {@code size}, iteration, {@code synchronized}. */
  READ("read");

  private final String word;

  AccessKind(String word) {
    this.word = word;
  }

  /** The word the message uses. */
  public String word() {
    return word;
  }
}
