package io.github.mapinit.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import io.github.mapinit.errorprone.dataflow.CompilationUnitAnalysis;
import io.github.mapinit.errorprone.dataflow.Finding;
import io.github.mapinit.errorprone.dataflow.JavacPolicy;
import io.github.mapinit.errorprone.dataflow.UnitScreen;
import io.github.mapinit.policy.Baseline;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.policy.Messages;
import io.github.mapinit.policy.OptionKey;
import io.github.mapinit.policy.Options;
import io.github.mapinit.policy.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BugChecker} that flags writes and reads of a map field or local that some path reaches
 * while it is still null: the Java twin of Go's "assignment to entry in nil map".
 *
 * <p>The analysis runs once per compilation unit (see {@link CompilationUnitAnalysis}); its
 * findings are reported from the match of the method that contains them, so that Error Prone's
 * usual suppression applies.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = Messages.SUMMARY,
    severity = ERROR,
    linkType = BugPattern.LinkType.CUSTOM,
    link = "https://github.com/mapinit/mapinit/blob/main/docs/UninitializedMapWrite.md")
public final class UninitializedMapWrite extends BugChecker
    implements CompilationUnitTreeMatcher, ClassTreeMatcher, MethodTreeMatcher {

  private static final long serialVersionUID = 1L;

  /** Fails the compilation on an internal error instead of skipping the file: for tests. */
  static final String FAIL_ON_INTERNAL_ERROR_PROPERTY = "io.github.mapinit.failOnInternalError";

  private final transient @Nullable Policy policy;
  private final transient @Nullable Baseline baseline;
  private final transient @Nullable Path baselineToUpdate;
  private transient boolean baselineUpdateAnnounced;
  private transient @Nullable InvalidOptionException invalidOption;
  private transient boolean classpathChecked;
  private transient Map<Tree, List<Finding>> findingsByHost = new IdentityHashMap<>();
  private transient @Nullable JavacPolicy unitPolicy;

  /** The compilation that {@link #unitPolicy} answers for: its types serve all of its units. */
  private transient @Nullable Object unitPolicyContext;

  private transient boolean optionErrorReported;

  /** For {@link java.util.ServiceLoader}, which Error Prone's plugin loading goes through. */
  public UninitializedMapWrite() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UninitializedMapWrite(ErrorProneFlags flags) {
    Options options = null;
    InvalidOptionException invalid = null;
    try {
      options = Options.fromErrorProneFlags(ourFlags(flags), Messages.CHECK_NAME);
    } catch (InvalidOptionException e) {
      invalid = e;
    }
    this.policy = options == null ? null : Policy.with(options);
    this.baseline = options == null ? null : options.baseline().orElse(null);
    this.baselineToUpdate = options == null ? null : options.baselineToUpdate().orElse(null);
    this.invalidOption = invalid;
  }

  private static Map<String, String> ourFlags(ErrorProneFlags flags) {
    Map<String, String> ours = new java.util.TreeMap<>();
    String prefix = Messages.CHECK_NAME + ":";
    for (Map.Entry<String, String> flag : flags.getFlagsMap().entrySet()) {
      if (flag.getKey().startsWith(prefix)) {
        ours.put(flag.getKey().substring(prefix.length()), flag.getValue());
      }
    }
    return ours;
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    findingsByHost = new IdentityHashMap<>();
    if (invalidOption != null) {
      if (!optionErrorReported) {
        optionErrorReported = true;
        CompilationErrors.report(state, String.valueOf(invalidOption.getMessage()));
      }
      return Description.NO_MATCH;
    }
    // The constructor sets exactly one of policy and invalidOption.
    Policy checked = Objects.requireNonNull(policy);
    if (!classpathChecked) {
      classpathChecked = true;
      invalidOption = JavacPolicy.unknownTrackedType(checked, state);
      if (invalidOption != null) {
        return matchCompilationUnit(tree, state);
      }
    }
    if (baselineToUpdate != null && !baselineUpdateAnnounced) {
      baselineUpdateAnnounced = true;
      // The file exists after an update even where nothing is found.
      addToBaseline(baselineToUpdate, List.of(), state);
      CompilationErrors.note(
          state,
          "mapinit: "
              + Messages.CHECK_NAME
              + " adds its findings to "
              + baselineToUpdate
              + " and reports none (UpdateBaseline=true)");
    }
    try {
      JavacPolicy javacPolicy = policyFor(checked, state);
      if (!UnitScreen.declaresTrackedVariable(tree, javacPolicy)) {
        // No tracked place in the unit, so no finding: the analysis is not set up at all.
        return Description.NO_MATCH;
      }
      for (Finding finding : CompilationUnitAnalysis.findings(state, javacPolicy)) {
        findingsByHost.computeIfAbsent(finding.host(), host -> new ArrayList<>()).add(finding);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // An odd source must never stop the build, but the user must learn that a file went
      // unchecked.
      if (Boolean.getBoolean(FAIL_ON_INTERNAL_ERROR_PROPERTY)) {
        throw e;
      }
      CompilationErrors.warn(state, internalErrorMessage(tree, e));
    }
    return Description.NO_MATCH;
  }

  /**
   * The javac answers of {@code checked}, made once per compilation: the tracked types' lookups and
   * the subtype answers hold for every unit of one compilation.
   */
  private JavacPolicy policyFor(Policy checked, VisitorState state) {
    JavacPolicy current = unitPolicy;
    if (current == null || unitPolicyContext != state.context) {
      current = new JavacPolicy(checked, state);
      unitPolicy = current;
      unitPolicyContext = state.context;
    }
    return current;
  }

  static String internalErrorMessage(CompilationUnitTree unit, Throwable e) {
    return "mapinit: "
        + Messages.CHECK_NAME
        + " skipped "
        + unit.getSourceFile().getName()
        + " after an internal error ("
        + e
        + "); please report it. -D"
        + FAIL_ON_INTERNAL_ERROR_PROPERTY
        + "=true makes this a failure.";
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    reportFindingsOf(tree, ASTHelpers.getSymbol(tree), state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    reportFindingsOf(tree, ASTHelpers.getSymbol(tree), state);
    return Description.NO_MATCH;
  }

  private void reportFindingsOf(Tree host, @Nullable Symbol hostSymbol, VisitorState state) {
    List<Finding> findings = findingsByHost.remove(host);
    JavacPolicy unitPolicy = this.unitPolicy;
    if (findings == null
        || unitPolicy == null
        || (hostSymbol != null && unitPolicy.isGenerated(hostSymbol))) {
      return;
    }
    List<Baseline.Entry> known = new ArrayList<>();
    for (Finding finding : findings) {
      Optional<Baseline.Entry> entry =
          hostSymbol == null
              ? Optional.empty()
              : BaselineEntries.of(finding, host, hostSymbol, state);
      if (baselineToUpdate != null) {
        entry.ifPresent(known::add);
      } else if (baseline == null || entry.isEmpty() || !baseline.contains(entry.get())) {
        state.reportMatch(
            buildDescription(finding.tree())
                .setMessage(Messages.describe(finding.trace()))
                .addFix(DeclarationFix.of(finding, unitPolicy, state))
                .build());
      }
    }
    if (baselineToUpdate != null && !known.isEmpty()) {
      addToBaseline(baselineToUpdate, known, state);
    }
  }

  private static void addToBaseline(Path file, List<Baseline.Entry> entries, VisitorState state) {
    String key = Messages.CHECK_NAME + ":" + OptionKey.BASELINE.errorProneName();
    try {
      Baseline.add(file, entries, key);
    } catch (IOException e) {
      CompilationErrors.report(
          state, "mapinit: invalid option " + key + ": cannot write " + file + " (" + e + ")");
    } catch (InvalidOptionException e) {
      CompilationErrors.report(state, String.valueOf(e.getMessage()));
    }
  }
}
