package io.github.mapinit.errorprone.dataflow;

/** A use that can meet a null on a path from {@code root}, with the concrete value it may hold. */
record Candidate(Body root, Use use, Nullness value) {}
