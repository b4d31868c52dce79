package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
  private final Map<String, Set<NullCause.ResetElsewhere>> resetsOnOtherObjects =
      new ConcurrentHashMap<>();

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

  /** Code sets the field to null on an object other than its running one (spec 4, a reset). */
  void addResetOnOtherObject(
      String declaringClass, String fieldName, NullCause.ResetElsewhere reset) {
    resetsOnOtherObjects
        .computeIfAbsent(declaringClass + '.' + fieldName, k -> ConcurrentHashMap.newKeySet())
        .add(reset);
  }

  /** Where code sets the field to null on another object, in line order. */
  List<NullCause.ResetElsewhere> resetsOnOtherObjects(FieldKey field) {
    Set<NullCause.ResetElsewhere> resets =
        resetsOnOtherObjects.get(field.className() + '.' + field.name());
    if (resets == null) {
      return List.of();
    }
    List<NullCause.ResetElsewhere> ordered = new ArrayList<>(resets);
    ordered.sort(Comparator.comparingInt(NullCause.ResetElsewhere::assignmentLine));
    return ordered;
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
