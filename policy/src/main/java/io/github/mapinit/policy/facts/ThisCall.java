package io.github.mapinit.policy.facts;

/**
 * A call of a method of the same class on {@code this} (or a static one), made by a body's own
 * code.
 *
 * @param targetKey the called method's {@link BodyFacts#key()}
 * @param targetDisplayName the called method as a message names it
 * @param line the line of the first such call
 * @param overridable whether a subclass can override the target, see {@link
 *     io.github.mapinit.policy.rules.Overriding}
 */
public record ThisCall(String targetKey, String targetDisplayName, int line, boolean overridable) {}
