package io.github.mapinit.policy;

/** A malformed option: the analysis must stop and say which key is wrong. */
public final class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public InvalidOptionException(String key, String problem) {
    super("mapinit: invalid option " + key + ": " + problem);
    this.key = key;
  }

  /** The option as the user spelled it. */
  public String key() {
    return key;
  }
}
