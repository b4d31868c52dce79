package io.github.mapinit.policy.facts;

/**
 * A method of the class whose boolean result tells whether a field of the running object is null
 * (spec 3, guards): {@code isRunning() { return sessions != null; }}, {@code hasListeners() {
 * return listeners != null && !listeners.isEmpty(); }}. Where a call of it on {@code this} is
 * tested, the branch on which the result is {@code nonNullWhen} knows the field is not null.
 *
 * @param field the tested field's name
 * @param nonNullWhen the result that means the field is not null
 */
public record OwnFieldTest(String field, boolean nonNullWhen) {}
