@NullMarked
package io.github.mapinit.policy;

import org.jspecify.annotations.NullMarked;
