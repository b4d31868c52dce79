package io.github.mapinit.bench;

/** One finding on real code: where, which engine, what it said, and what we judged it to be. */
record Finding(String library, String location, String engine, String message, String verdict) {

  Finding(String library, String location, String engine, String message) {
    this(library, location, engine, message, "");
  }

  /** The place the message names: {@code `map`} in "`map` may be null here". */
  String place() {
    int end = message.indexOf('`', 1);
    return message.startsWith("`") && end > 0 ? message.substring(1, end) : "";
  }

  /** What identifies a finding: the wording of the message may change without making it new. */
  String key() {
    return engine + " " + library + " " + location + " " + place();
  }
}
