package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.rules.Deserialisation;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.NullConstruction;
import io.github.mapinit.policy.rules.StaticPromises;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.Method;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 across methods, for one class: which promises "where this boolean field holds that value,
 * that map field is non-null" every method keeps (policy {@link FlagInvariants}), and which uses
 * they rule out.
 */
final class FlagPromises {

  private final ClassModel model;
  private final Function<ClassModel, ClassFacts> factsOf;
  private @Nullable Set<FlagInvariants.Implication> kept;

  /**
   * @param factsOf the facts of a class, which say what a deserialised instance holds
   */
  FlagPromises(ClassModel model, Function<ClassModel, ClassFacts> factsOf) {
    this.model = model;
    this.factsOf = factsOf;
  }

  /**
   * Spec 8 across methods: a use in a method, of the value its field held where the method started,
   * under a test of a boolean field that the class keeps as a promise for that field.
   */
  boolean vouchFor(Method start, Use use, boolean deferredLambda) {
    // A use's vouchers speak of the start of the method whose summary holds it: a use seen through
    // a call gets the caller's. A lambda that runs later starts as a method does.
    // A use of a local holding a field's start value speaks of the field (see
    // NullFrame.flagsVouchingForCopyOf).
    FieldKey field = use.field() != null ? use.field() : use.vouchedField();
    if (use.flagVouchers().isEmpty()
        || field == null
        || (start.isStatic() && !field.isStatic())
        || (field.isStatic() && !field.className().equals(model.className()))
        || start.getName().startsWith("<")
        || (Callbacks.isLambdaBody(start) && !deferredLambda)) {
      // A static field's promises are of its class's flags (policy StaticPromises), which other
      // classes' code does not test under those names.
      return false;
    }
    return keeps(use.flagVouchers(), field.name());
  }

  /**
   * Whether the class keeps a promise that rules out a null in {@code field} where these flags
   * vouch for it (policy {@code FlagInvariants.vouched}).
   */
  boolean keeps(Map<String, Set<Boolean>> vouchers, String field) {
    if (vouchers.isEmpty()) {
      return false;
    }
    if (kept == null) {
      kept = keptBy(model, factsOf);
    }
    Set<FlagInvariants.Implication> holding = kept;
    return FlagInvariants.vouched(
        vouchers,
        (flag, value) -> holding.contains(new FlagInvariants.Implication(flag, value, field)));
  }

  /** The flag promises that every body of the class keeps. */
  private static Set<FlagInvariants.Implication> keptBy(
      ClassModel model, Function<ClassModel, ClassFacts> factsOf) {
    MethodEnvironment.FlagCandidates candidates = model.flagCandidates();
    Set<String> elsewhere = model.assignedOnOtherObjects();
    Set<FlagInvariants.Implication> all = new HashSet<>();
    for (Flag.Field flag : candidates.flags()) {
      for (FieldKey field : candidates.fields()) {
        if (candidates.mayRelate(flag, field)
            && !elsewhere.contains(flag.name())
            && !elsewhere.contains(field.name())) {
          all.add(new FlagInvariants.Implication(flag.name(), true, field.name()));
          all.add(new FlagInvariants.Implication(flag.name(), false, field.name()));
        }
      }
    }
    if (all.isEmpty()) {
      return all;
    }
    List<Set<FlagInvariants.Implication>> broken = new ArrayList<>();
    for (Map.Entry<Method, MethodSummary> entry : model.summaries().entrySet()) {
      if (entry.getValue() == MethodSummary.UNKNOWN && entry.getKey().getCode() != null) {
        // A method the analysis could not follow may break any promise.
        return Set.of();
      }
      broken.add(entry.getValue().brokenFlagInvariants());
    }
    broken.add(brokenByDeserialisation(model, factsOf.apply(model), all));
    broken.add(brokenByNullConstruction(factsOf.apply(model), all));
    broken.add(brokenByStaticInitialisation(model, factsOf.apply(model), candidates, all));
    return FlagInvariants.holding(all, broken);
  }

  /**
   * Of {@code promises}, those about static fields that the class's static initialisation does not
   * leave kept (policy {@link StaticPromises#keptByStaticInitialisation}).
   */
  private static Set<FlagInvariants.Implication> brokenByStaticInitialisation(
      ClassModel model,
      ClassFacts facts,
      MethodEnvironment.FlagCandidates candidates,
      Set<FlagInvariants.Implication> promises) {
    if (candidates.staticGhosts().isEmpty()) {
      return Set.of();
    }
    StaticInitialisationCode code = StaticInitialisationCode.of(model);
    Map<String, Optional<Boolean>> flagsAfter = new HashMap<>();
    for (Flag.Field flag : candidates.flags()) {
      if (candidates.isStatic(flag)) {
        flagsAfter.put(flag.name(), code.flagAfter(flag));
      }
    }
    Set<String> staticFields = new HashSet<>();
    for (FieldKey field : candidates.fields()) {
      if (field.isStatic()) {
        staticFields.add(field.name());
      }
    }
    Set<FlagInvariants.Implication> broken = new HashSet<>();
    for (FlagInvariants.Implication promise : promises) {
      Optional<Boolean> flagAfter = flagsAfter.get(promise.flag());
      if (flagAfter != null
          && staticFields.contains(promise.field())
          && !StaticPromises.keptByStaticInitialisation(
              facts, promise.field(), flagAfter, promise.value())) {
        broken.add(promise);
      }
    }
    return broken;
  }

  /**
   * Of {@code promises}, those an object built with a null map breaks (policy NullConstruction).
   */
  private static Set<FlagInvariants.Implication> brokenByNullConstruction(
      ClassFacts facts, Set<FlagInvariants.Implication> promises) {
    Set<FlagInvariants.Implication> broken = new HashSet<>();
    for (FlagInvariants.Implication promise : promises) {
      if (!NullConstruction.keepsPromise(facts, promise.flag(), promise.value(), promise.field())) {
        broken.add(promise);
      }
    }
    return broken;
  }

  /** Of {@code promises}, those a deserialised instance breaks (policy {@link Deserialisation}). */
  private static Set<FlagInvariants.Implication> brokenByDeserialisation(
      ClassModel model, ClassFacts facts, Set<FlagInvariants.Implication> promises) {
    if (!Deserialisation.isDeserialisedWithoutConstructor(facts)) {
      return Set.of();
    }
    Map<String, Field> fields = new HashMap<>();
    for (Field field : model.javaClass().getFields()) {
      fields.put(field.getName(), field);
    }
    Set<FlagInvariants.Implication> broken = new HashSet<>();
    for (FlagInvariants.Implication promise : promises) {
      // A field of the class is a flag of its own; a test of a field has a name of its own.
      Field flag = fields.get(promise.flag());
      boolean transientField = flag != null && !flag.isStatic() && flag.isTransient();
      boolean atDefault = flag != null && ClassModel.isWholeNumber(flag.getSignature());
      if (!Deserialisation.keepsPromise(
          facts, promise.field(), transientField, atDefault, promise.value())) {
        broken.add(promise);
      }
    }
    return broken;
  }
}
