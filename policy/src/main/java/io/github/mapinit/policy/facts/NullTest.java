package io.github.mapinit.policy.facts;

/**
 * A method whose boolean result tells whether one of its arguments is null (spec 3, guards): {@code
 * Objects.nonNull(x)}, or a helper that returns {@code m == null || m.isEmpty()}. Where a call's
 * result is tested, the branch on which it is {@code nonNullWhen} knows the argument is not null.
 *
 * @param argument the index of the tested argument
 * @param nonNullWhen the result that means the argument is not null
 */
public record NullTest(int argument, boolean nonNullWhen) {}
