@NullMarked
package io.github.mapinit.errorprone.dataflow;

import org.jspecify.annotations.NullMarked;
