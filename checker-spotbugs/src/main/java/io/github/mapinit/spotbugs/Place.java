package io.github.mapinit.spotbugs;

/**
 * An access path whose nullness the analysis follows: a field through some receiver, a static
 * field, or a local variable slot.
 */
sealed interface Place {

  /**
   * The place as a report names it, e.g. {@code cache}, {@code other.cache}, {@code
   * Registry.ENTRIES}.
   */
  String displayName(LocalNames locals);

  /** Distinguishes access paths within one method: one report per method and key. */
  String key(LocalNames locals);

  /** How a field place is reached. */
  enum Receiver {
    /** {@code this.f} of the analysed class: starts from the method's entry state. */
    THIS,
    /** A static field of the analysed class: starts from the method's entry state. */
    STATIC,
    /** A field of the enclosing instance ({@code this$0.f}) or a static field of a nest mate. */
    OUTER,
    /** {@code other.f}, the receiver held in a local variable slot. */
    LOCAL,
    /**
     * {@code this.f} of a field that a superclass declares: not entry-bound, as the class's
     * constructors and promises do not decide it, but named as Error Prone names it.
     */
    INHERITED,
    /** {@code expr.f} for any other receiver. */
    UNKNOWN
  }

  /**
   * A field place. Places that start from the method's entry state are entry-bound; the others
   * start from the field's state after construction.
   */
  record FieldPlace(Receiver receiver, int receiverSlot, FieldKey field) implements Place {

    /**
     * The place of {@code field} read through {@code receiver} in code of {@code analysedClass}.
     */
    static FieldPlace through(Value receiver, FieldKey field, String analysedClass) {
      if (field.isStatic()) {
        return ofStatic(field, analysedClass);
      }
      if (receiver.role() == Value.Role.THIS && field.className().equals(analysedClass)) {
        return new FieldPlace(Receiver.THIS, -1, field);
      }
      if (receiver.role() == Value.Role.OUTER_INSTANCE) {
        return new FieldPlace(Receiver.OUTER, -1, field);
      }
      if (receiver.role() == Value.Role.THIS) {
        return new FieldPlace(Receiver.INHERITED, -1, field);
      }
      if (receiver.place() instanceof LocalPlace local) {
        return new FieldPlace(Receiver.LOCAL, local.slot(), field);
      }
      return new FieldPlace(Receiver.UNKNOWN, -1, field);
    }

    /** The place of a static field in code of {@code analysedClass}: its own, or a nest mate's. */
    static FieldPlace ofStatic(FieldKey field, String analysedClass) {
      return new FieldPlace(
          field.className().equals(analysedClass) ? Receiver.STATIC : Receiver.OUTER, -1, field);
    }

    boolean isEntryBound() {
      return receiver == Receiver.THIS || receiver == Receiver.STATIC;
    }

    int defaultBits() {
      return isEntryBound() ? Nullness.ENTRY : Nullness.AFTER;
    }

    @Override
    public String displayName(LocalNames locals) {
      switch (receiver) {
        case LOCAL:
          return locals.nameOf(receiverSlot) + "." + field.name();
        case UNKNOWN:
          return "other." + field.name();
        default:
          // As the Error Prone check names it: the field's own name, static or not.
          return field.name();
      }
    }

    @Override
    public String key(LocalNames locals) {
      return receiver
          + ":"
          + (receiver == Receiver.LOCAL ? locals.nameOf(receiverSlot) : "")
          + ":"
          + field.className()
          + "."
          + field.name();
    }
  }

  /**
   * Not a place of the program: what a field of {@code this} held where the method started, for as
   * long as the method has not assigned it. A flag that vouches for it at the start is a hypothesis
   * (spec 8 across methods, policy {@code FlagInvariants}).
   */
  record EntryGhost(FieldKey field) implements Place {
    @Override
    public String displayName(LocalNames locals) {
      return field.name();
    }

    @Override
    public String key(LocalNames locals) {
      return "start-of:" + field.name();
    }
  }

  /**
   * A local that a test or a {@code new} showed to hold an object on this path (its flag is known
   * true), unlike an unknown value, which is only taken not to be null.
   */
  record KnownReference(int slot) implements Place {
    @Override
    public String displayName(LocalNames locals) {
      return locals.nameOf(slot);
    }

    @Override
    public String key(LocalNames locals) {
      return "known:" + locals.nameOf(slot);
    }
  }

  /**
   * Not a place of the program: the reference at this operand stack slot where two paths met, an
   * object on one and null on the other ({@code collect ? new HashMap<>() : null}), until it is
   * stored: what the flags of either path say of it moves to the variable it is stored in.
   */
  record ChosenValue(int slot) implements Place {
    @Override
    public String displayName(LocalNames locals) {
      return "the value of a choice";
    }

    @Override
    public String key(LocalNames locals) {
      return "chosen:" + slot;
    }
  }

  /** A local variable slot. */
  record LocalPlace(int slot) implements Place {
    @Override
    public String displayName(LocalNames locals) {
      return locals.nameOf(slot);
    }

    @Override
    public String key(LocalNames locals) {
      return "local:" + locals.nameOf(slot);
    }
  }
}
