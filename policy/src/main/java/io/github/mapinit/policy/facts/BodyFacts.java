package io.github.mapinit.policy.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One body of a class as an engine sees it: what it is, and what it does to the class's tracked
 * fields.
 *
 * @param key identifies the body within its class (name and parameter types, in the engine's own
 *     spelling)
 * @param name the simple name: {@code readObject}; a constructor's is its class's simple name
 * @param displayName how messages name it: {@code add(Order)}
 * @param line the line where it starts, or 0 where unknown
 * @param parameterCount how many parameters it takes
 * @param isInitializer it runs before every other method: an initializer annotation or a known
 *     lifecycle method ({@link io.github.mapinit.policy.Policy#isInitializerMethod})
 * @param overridesSupertype an instance method that a supertype declares: code that holds the
 *     object as its supertype (a framework) can call it without knowing the class
 * @param returnsNormally some path returns
 * @param exits what it leaves in each field it may change, by {@link FieldFacts#key()}; a field
 *     missing here is unchanged
 * @param callsOnThis the calls of this class's methods it makes on {@code this}, in order
 * @param copiedOnly the fields, by {@link FieldFacts#key()}, that it assigns only with the same
 *     field of another instance of the class ({@code this.f = other.f} in a copy constructor): it
 *     passes on another object's value, null where that one's is, and initialises nothing
 * @param skipsNullArgument it does nothing when a parameter is null and otherwise runs straight
 *     through ({@code if (parameters != null) { .. }} as its whole body, or {@code if (p == null)
 *     return;} first, then no branch): where it leaves a field unchanged, its caller passed null,
 *     as a plain setter would then assign null
 * @param fieldsAssigned the fields of its own object, of any type, that it assigns, by name
 * @param fieldsCalled the fields of its own object, of any type, whose object it calls a method of,
 *     by name ({@code button.setOnClickListener(null)})
 */
public record BodyFacts(
    String key,
    String name,
    String displayName,
    BodyKind kind,
    int line,
    int parameterCount,
    boolean isPublic,
    boolean isPrivate,
    boolean isStatic,
    boolean isFinal,
    boolean isInitializer,
    boolean overridesSupertype,
    boolean forTesting,
    boolean returnsNormally,
    Map<String, FieldExit> exits,
    List<ThisCall> callsOnThis,
    Set<String> copiedOnly,
    boolean skipsNullArgument,
    Set<String> fieldsAssigned,
    Set<String> fieldsCalled) {

  public BodyFacts {
    exits = Map.copyOf(exits);
    callsOnThis = List.copyOf(callsOnThis);
    copiedOnly = Set.copyOf(copiedOnly);
    fieldsAssigned = Set.copyOf(fieldsAssigned);
    fieldsCalled = Set.copyOf(fieldsCalled);
  }

  /** Whether the body assigns {@code field} only with another instance's value of it. */
  public boolean onlyCopies(FieldFacts field) {
    return copiedOnly.contains(field.key());
  }

  /** What the body leaves in {@code field}. */
  public FieldExit exit(FieldFacts field) {
    return exits.getOrDefault(field.key(), FieldExit.UNCHANGED);
  }

  /** Whether the body assigns {@code field} a non-null value on every path that returns. */
  public boolean alwaysAssigns(FieldFacts field) {
    return returnsNormally && exit(field).alwaysAssignsNonNull();
  }
}
