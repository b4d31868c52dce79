package io.github.mapinit.policy.facts;

/**
 * A question that the running object answers about itself, asked on every path to a use: a call on
 * {@code this} of a method without parameters that returns {@code boolean} ({@code
 * isPolymorphic()}, {@code hasSubclasses()}), of which one outcome leads to the use.
 *
 * @param method the method as the message names it, with its parentheses: {@code isPolymorphic()}
 * @param outcome the answer on the way to the use
 */
public record StateQuery(String method, boolean outcome) {}
