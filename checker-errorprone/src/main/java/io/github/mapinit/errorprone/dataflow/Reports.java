package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.ConfidenceRules;
import io.github.mapinit.policy.rules.ReportSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** Turns the uses that can meet a null into findings, with the trace and advice of the policy. */
final class Reports {

  private final ClassIndex index;
  private final JavacFacts facts;
  private final JavacPolicy policy;
  private final ToIntFunction<Tree> lineOf;

  Reports(ClassIndex index, JavacFacts facts, JavacPolicy policy, ToIntFunction<Tree> lineOf) {
    this.index = index;
    this.facts = facts;
    this.policy = policy;
    this.lineOf = lineOf;
  }

  /** The findings to report at the user's confidence threshold (spec sections 6 and 8). */
  List<Finding> of(List<Candidate> candidates) {
    List<ReportSelection.Candidate<Finding>> selectable = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Finding finding = toFinding(candidate);
      Use use = candidate.use();
      selectable.add(
          new ReportSelection.Candidate<>(
              use.place(), use.tree(), finding.trace().assessment().confidence(), finding));
    }
    return ReportSelection.select(selectable, policy.policy().threshold());
  }

  private Finding toFinding(Candidate candidate) {
    Use use = candidate.use();
    NullCause cause = candidate.value().nullCauses().iterator().next();
    ClassIndex.ClassInfo owner =
        use.place().isField() ? index.classInfo(use.place().variable().owner) : null;
    Optional<FieldFacts> field =
        Optional.ofNullable(owner).map(o -> facts.field(o, use.place().variable()));
    Optional<ClassFacts> ownerFacts = Optional.ofNullable(owner).map(facts::of);
    Advice advice = Advice.of(policy.policy(), cause, field, ownerFacts);
    Trace trace =
        new Trace(
            use.place().displayName(),
            cause,
            use.kind(),
            use.name(),
            lineOf.applyAsInt(use.tree()),
            use.calledFrom(),
            ConfidenceRules.assess(cause, field, ownerFacts),
            advice);
    Optional<VariableTree> declaration =
        advice.fixAtDeclaration()
            ? Optional.ofNullable(index.declarationOf(use.place().variable()))
            : Optional.empty();
    return new Finding(use.tree(), use.body().host(), trace, declaration);
  }
}
