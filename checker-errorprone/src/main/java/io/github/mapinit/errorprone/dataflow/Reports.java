package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.ConfidenceRules;
import io.github.mapinit.policy.rules.CorrelatedGuards;
import io.github.mapinit.policy.rules.ReportSelection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** Turns the uses that can meet a null into findings, with the trace and advice of the policy. */
final class Reports {

  private final ClassIndex index;
  private final JavacFacts facts;
  private final JavacPolicy policy;
  private final ToIntFunction<Tree> lineOf;
  private final Function<Body, BodySummary> summaryOf;

  Reports(
      ClassIndex index,
      JavacFacts facts,
      JavacPolicy policy,
      ToIntFunction<Tree> lineOf,
      Function<Body, BodySummary> summaryOf) {
    this.index = index;
    this.facts = facts;
    this.policy = policy;
    this.lineOf = lineOf;
    this.summaryOf = summaryOf;
  }

  /** The findings to report at the user's confidence threshold (spec sections 6 and 8). */
  List<Finding> of(List<Candidate> candidates) {
    List<ReportSelection.Candidate<Finding>> selectable = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (vouchedForBySibling(candidate)) {
        continue;
      }
      Finding finding = toFinding(candidate);
      Use use = candidate.use();
      selectable.add(
          new ReportSelection.Candidate<>(
              use.place(), use.tree(), finding.trace().assessment().confidence(), finding));
    }
    return ReportSelection.select(selectable, policy.policy().threshold());
  }

  /**
   * Spec 8: a sibling that the path has just seen non-null may vouch for the used field. The
   * promise holds where methods start, so not during construction, nor for a sibling the body
   * assigns.
   */
  private boolean vouchedForBySibling(Candidate candidate) {
    Use use = candidate.use();
    if (!use.place().isOwnField()
        || use.knownNonNull().isEmpty()
        || candidate.root().kind() != Body.Kind.METHOD) {
      return false;
    }
    ClassIndex.ClassInfo owner = index.classInfo(use.place().variable().owner);
    if (owner == null) {
      return false;
    }
    ClassFacts ownerFacts = facts.of(owner);
    FieldFacts map = facts.field(owner, use.place().variable());
    for (VarSymbol sibling : use.knownNonNull()) {
      if (sibling.owner == owner.symbol
          && index.isTrackedField(sibling)
          && !summaryOf.apply(use.body()).assignedFields().contains(sibling)
          && CorrelatedGuards.vouches(ownerFacts, facts.field(owner, sibling), map)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The field whose value where the body started (or after construction) a use of a local
   * dereferences, if one field's alone: a copy of it ({@code Map m = this.map;}) holds that value,
   * and the field's facts decide the finding's confidence, as SpotBugs reads from the field that
   * decides the local's value.
   */
  private static @Nullable VarSymbol fieldCopiedBy(Use use) {
    if (use.startValueOf() != null) {
      return use.startValueOf();
    }
    Set<VarSymbol> fields = new LinkedHashSet<>(use.value().entries());
    fields.addAll(use.value().afterConstruction());
    return fields.size() == 1 ? fields.iterator().next() : null;
  }

  private Finding toFinding(Candidate candidate) {
    Use use = candidate.use();
    VarSymbol used = use.place().isField() ? use.place().variable() : fieldCopiedBy(use);
    ClassIndex.ClassInfo owner = used == null ? null : index.classInfo(used.owner);
    Optional<FieldFacts> field =
        owner == null || used == null ? Optional.empty() : Optional.of(facts.field(owner, used));
    Optional<ClassFacts> ownerFacts = Optional.ofNullable(owner).map(facts::of);
    ConfidenceRules.Assessed chosen =
        ConfidenceRules.mostConfident(
                candidate.value().nullCauses(),
                field,
                ownerFacts,
                ConfidenceRules.aroundUse(
                    field,
                    ownerFacts,
                    () -> StateQueryGuards.around(use.body(), use.tree(), index),
                    () ->
                        used == null
                            ? Set.of()
                            : TestedFields.around(
                                use.body(),
                                use.tree(),
                                used,
                                use.place().kind() == Place.Kind.OTHER_FIELD
                                    ? use.place().receiver()
                                    : null,
                                index,
                                policy)))
            .orElseThrow();
    NullCause cause = chosen.cause();
    Advice advice = Advice.of(policy.policy(), cause, field, ownerFacts);
    Trace trace =
        new Trace(
            use.place().displayName(),
            cause,
            use.kind(),
            use.name(),
            lineOf.applyAsInt(use.tree()),
            use.calledFrom(),
            chosen.assessment(),
            advice);
    Optional<VariableTree> declaration =
        advice.fixAtDeclaration()
            ? Optional.ofNullable(index.declarationOf(use.place().variable()))
            : Optional.empty();
    return new Finding(use.tree(), use.body().host(), trace, declaration);
  }
}
