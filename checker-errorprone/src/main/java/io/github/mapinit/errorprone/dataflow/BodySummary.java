package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.ResultVouchers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one analysed body does to the tracked fields, with its entry state left symbolic: the value
 * at its normal exit of each field it may change, and the dereferences that may meet a null, and
 * the fields it assigns, and the values an exception can leave them in. One summary serves both the
 * body's own reports and every call of it; an exit value that may be null is also a reset that
 * every other method must expect. It also names the boolean fields the body assigns, and the
 * promises "this flag's value means that field is non-null" that one of its exits breaks (policy
 * {@link FlagInvariants}), and the flag fields it leaves with one value at its normal exit, and the
 * boolean parameters (by position) it returns only when true ({@code if (!ok) throw ...}), and for
 * a method returning a boolean, the field of the object that its result vouches for as every return
 * shows ({@code this.env = values; return true;} and {@code return false;} elsewhere). {@code
 * mayThrow}: whether an exception can leave the body (a body not analysed may throw). {@code
 * resultVouchedFields}: for a method returning a reference, the fields of the object that its
 * result vouches for where it is an object (policy {@link ResultVouchers}). {@code returnsOwnNull}:
 * whether it returns a local variable that holds, on some path to the return, a null of its own
 * code (policy {@code NullableResults}).
 */
public record BodySummary(
    Body body,
    Map<VarSymbol, Nullness> exitValues,
    List<Use> uses,
    Set<VarSymbol> assignedFields,
    boolean returnsNormally,
    boolean mayThrow,
    Map<VarSymbol, Nullness> throwExitValues,
    Set<VarSymbol> assignedFlags,
    Set<FlagInvariants.Implication> brokenFlagInvariants,
    Map<VarSymbol, Boolean> exitFlagValues,
    Set<Integer> parametersTrueOnReturn,
    Optional<AnalysisEnvironment.TestedField> returnedFieldTest,
    Set<VarSymbol> resultVouchedFields,
    boolean returnsOwnNull) {

  /** The summary of a body that touches no tracked place, or that cannot be followed. */
  public static BodySummary empty(Body body) {
    return new BodySummary(
        body,
        Map.of(),
        List.of(),
        Set.of(),
        true,
        true,
        Map.of(),
        Set.of(),
        Set.of(),
        Map.of(),
        Set.of(),
        Optional.empty(),
        Set.of(),
        false);
  }

  public BodySummary {
    exitValues = Map.copyOf(exitValues);
    throwExitValues = Map.copyOf(throwExitValues);
    uses = List.copyOf(uses);
    assignedFields = Set.copyOf(assignedFields);
    assignedFlags = Set.copyOf(assignedFlags);
    brokenFlagInvariants = Set.copyOf(brokenFlagInvariants);
    exitFlagValues = Map.copyOf(exitFlagValues);
    parametersTrueOnReturn = Set.copyOf(parametersTrueOnReturn);
    resultVouchedFields = Set.copyOf(resultVouchedFields);
  }

  /**
   * This summary as a subclass's call of the body sees it (policy {@code
   * Overriding.runsInheritedBody}): what it leaves in the fields, without its dereferences, which
   * are its own class's findings, nor the flags and promises of its own class.
   */
  public BodySummary asInherited() {
    return new BodySummary(
        body,
        exitValues,
        List.of(),
        assignedFields,
        returnsNormally,
        mayThrow,
        throwExitValues,
        assignedFlags,
        Set.of(),
        Map.of(),
        parametersTrueOnReturn,
        returnedFieldTest,
        Set.of(),
        returnsOwnNull);
  }

  /**
   * Whether the body assigns {@code field} and leaves it non-null on every path. (A field that is
   * only dereferenced is non-null at the exit too, but it was not assigned here.)
   */
  public boolean assignsNonNull(VarSymbol field) {
    Nullness exit = exitValues.get(field);
    return assignedFields.contains(field) && exit != null && !exit.mayBeNull() && !exit.isBottom();
  }
}
