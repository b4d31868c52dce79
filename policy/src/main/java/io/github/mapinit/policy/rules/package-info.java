@NullMarked
package io.github.mapinit.policy.rules;

import org.jspecify.annotations.NullMarked;
