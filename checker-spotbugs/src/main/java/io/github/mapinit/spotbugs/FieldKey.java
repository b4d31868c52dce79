package io.github.mapinit.spotbugs;

/** A field by its declaring class (dotted), name and JVM signature. */
record FieldKey(String className, String name, String signature, boolean isStatic) {}
