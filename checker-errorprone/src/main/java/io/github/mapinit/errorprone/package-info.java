@NullMarked
package io.github.mapinit.errorprone;

import org.jspecify.annotations.NullMarked;
