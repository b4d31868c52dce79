@NullMarked
package io.github.mapinit.spotbugs;

import org.jspecify.annotations.NullMarked;
