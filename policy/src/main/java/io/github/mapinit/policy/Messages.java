package io.github.mapinit.policy;

/** The wording of every report, shared by both engines so that they say the same thing. */
public final class Messages {

  /** The Error Prone check's name and the SpotBugs bug type's. */
  public static final String CHECK_NAME = "UninitializedMapWrite";

  public static final String BUG_TYPE = "UMW_UNINITIALIZED_MAP_WRITE";

  /** One sentence, no trailing period: Error Prone's summary and SpotBugs' short description. */
  public static final String SUMMARY =
      "A map field or local may still be null where it is written or read; initialise it where"
          + " it is declared";

  private Messages() {}

  /** The full message: the trace from declaration to the use, and what to do. */
  public static String describe(Trace trace) {
    StringBuilder message =
        new StringBuilder()
            .append('`')
            .append(trace.place())
            .append("` may be null here: ")
            .append(trace.cause().describe())
            .append("; the ")
            .append(trace.useKind().word())
            .append(" `")
            .append(trace.useName())
            .append("` at line ")
            .append(trace.useLine());
    trace
        .calledFrom()
        .ifPresent(
            call ->
                message
                    .append(" in `")
                    .append(call.helper())
                    .append("`, ")
                    .append(call.kind().participle())
                    .append(" at line ")
                    .append(call.line())
                    .append(','));
    message
        .append(" would throw NullPointerException")
        .append(trace.assessment().condition())
        .append(". ");
    message.append(trace.advice().text());
    return message.toString();
  }
}
