package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole-application fact of spec section 7: fields that code in another top-level class assigns
 * a value not known to be null. Such an assignment counts as initialisation. One instance per
 * analysis, kept in SpotBugs' analysis cache.
 */
final class OutsideAssignments {

  private final Set<String> fields = ConcurrentHashMap.newKeySet();
  private final Set<String> fromNest = ConcurrentHashMap.newKeySet();
  private final Set<String> anyFromNest = ConcurrentHashMap.newKeySet();
  private final Set<String> readFromNest = ConcurrentHashMap.newKeySet();

  /** The instance of the running analysis, created on first use. */
  static synchronized OutsideAssignments current() {
    IAnalysisCache cache = Global.getAnalysisCache();
    OutsideAssignments database = cache.getOptionalDatabase(OutsideAssignments.class);
    if (database == null) {
      database = new OutsideAssignments();
      cache.eagerlyPutDatabase(OutsideAssignments.class, database);
    }
    return database;
  }

  void add(String declaringClass, String fieldName) {
    fields.add(declaringClass + '.' + fieldName);
  }

  /** A class nested in the same top-level class assigns the field (a nested Builder). */
  void addFromNest(String declaringClass, String fieldName) {
    fromNest.add(declaringClass + '.' + fieldName);
  }

  /** A class nested in the same top-level class stores some value, null included, in the field. */
  void addAnyFromNest(String declaringClass, String fieldName) {
    anyFromNest.add(declaringClass + '.' + fieldName);
  }

  /** A class nested in the same top-level class reads the field (policy CollectionEmptiness). */
  void addReadFromNest(String declaringClass, String fieldName) {
    readFromNest.add(declaringClass + '.' + fieldName);
  }

  boolean isReadFromNest(String declaringClass, String fieldName) {
    return readFromNest.contains(declaringClass + '.' + fieldName);
  }

  boolean isStoredFromNest(String declaringClass, String fieldName) {
    return anyFromNest.contains(declaringClass + '.' + fieldName);
  }

  boolean isAssignedFromNest(FieldKey field) {
    return fromNest.contains(field.className() + '.' + field.name());
  }

  boolean isAssignedOutside(FieldKey field) {
    return fields.contains(field.className() + '.' + field.name());
  }
}
