@NullMarked
package io.github.mapinit.policy.facts;

import org.jspecify.annotations.NullMarked;
