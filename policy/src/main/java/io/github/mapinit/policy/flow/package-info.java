/**
 * Abstract values that both engines' dataflow carry beside each place's nullness, so that a rule
 * about paths is written once: the engines only say which variables and places their code reads,
 * tests and writes.
 */
@NullMarked
package io.github.mapinit.policy.flow;

import org.jspecify.annotations.NullMarked;
