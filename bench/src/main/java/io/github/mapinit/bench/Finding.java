package io.github.mapinit.bench;

/**
 * One finding on real code: where, which engine, in which view (shown by {@code default}, or only
 * with {@code low} confidence asked for), what it said, and what we judged it to be.
 */
record Finding(
    String library, String location, String engine, String view, String message, String verdict) {

  static final String DEFAULT_VIEW = "default";
  static final String LOW_VIEW = "low";

  Finding(String library, String location, String engine, String view, String message) {
    this(library, location, engine, view, message, "");
  }

  /** The place the message names: {@code `map`} in "`map` may be null here". */
  String place() {
    int end = message.indexOf('`', 1);
    return message.startsWith("`") && end > 0 ? message.substring(1, end) : "";
  }

  /** What identifies a finding: the wording of the message may change without making it new. */
  String key() {
    return engine + " " + library + " " + location + " " + place() + " " + view;
  }
}
