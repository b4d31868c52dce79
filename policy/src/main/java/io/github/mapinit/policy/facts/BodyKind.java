package io.github.mapinit.policy.facts;

/** What sort of code a body is, which decides where its paths start (spec section 4). */
public enum BodyKind {
  CONSTRUCTOR,
  METHOD,
  LAMBDA,
  /** A field initialiser or an instance initializer block, run by each constructor. */
  INSTANCE_INITIALIZER,
  /** The class's static initialisation, all of it in textual order. */
  STATIC_INITIALIZER
}
