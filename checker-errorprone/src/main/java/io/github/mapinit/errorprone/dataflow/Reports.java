package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.tree.JCTree;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Trace;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.ConfidenceRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * The findings shown at the user's confidence threshold: one report per path start and place (its
   * first shown use), and one per use.
   */
  List<Finding> of(List<Candidate> candidates) {
    Map<Candidate, Finding> shown = new IdentityHashMap<>();
    for (Candidate candidate : candidates) {
      Finding finding = toFinding(candidate);
      if (finding.trace().assessment().confidence().isShownAt(policy.policy().threshold())) {
        shown.put(candidate, finding);
      }
    }
    Map<List<Object>, Candidate> firstPerStart = new LinkedHashMap<>();
    Comparator<Candidate> order =
        Comparator.<Candidate, Boolean>comparing(c -> c.use().calledFrom().isPresent())
            .thenComparingInt(c -> ((JCTree) c.use().tree()).getStartPosition());
    for (Candidate candidate : candidates) {
      if (!shown.containsKey(candidate)) {
        continue;
      }
      firstPerStart.merge(
          List.of(candidate.root(), candidate.use().place()),
          candidate,
          (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    Map<Tree, Map<Place, Finding>> perUse = new IdentityHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Candidate candidate : firstPerStart.values()) {
      Map<Place, Finding> atTree =
          perUse.computeIfAbsent(candidate.use().tree(), t -> new HashMap<>());
      if (!atTree.containsKey(candidate.use().place())) {
        Finding finding = Objects.requireNonNull(shown.get(candidate));
        atTree.put(candidate.use().place(), finding);
        findings.add(finding);
      }
    }
    return findings;
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
