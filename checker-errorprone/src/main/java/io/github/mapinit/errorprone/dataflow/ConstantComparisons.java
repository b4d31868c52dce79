package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.RecordComponent;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.rules.AtomicFlags;
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.BitFlags;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.CountingLoops;
import io.github.mapinit.policy.rules.IntComparison;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Which flag a comparison of a variable with a constant tests (policy {@link ConstantTests}): an
 * int compared with a constant, or an enum compared with one of its constants. The variable is a
 * local, or a field of the running object that the class follows (a final field, or a state field
 * that {@code followedFields} admits), read as {@code mode} or {@code this.mode}.
 */
final class ConstantComparisons {

  /** The final fields, which every caller follows; the state fields are the caller's to admit. */
  static final Predicate<VarSymbol> FINAL_FIELDS =
      field ->
          ConstantTests.followsField(
              field.getModifiers().contains(Modifier.FINAL), field.isStatic());

  /**
   * {@code test} of {@code variable}: its flag is {@code whereHolds} where the comparison holds.
   */
  record Tested(VarSymbol variable, String test, boolean whereHolds) {

    boolean isField() {
      return variable.getKind() == ElementKind.FIELD;
    }
  }

  private ConstantComparisons() {}

  /**
   * The tests of each local, and of each final field of the running object, that {@code tree} (code
   * of class {@code running}) makes: comparisons with constants, {@code case} labels, and calls of
   * boolean record accessors.
   */
  static Map<VarSymbol, Set<String>> testsIn(
      Tree tree, Symbol running, Predicate<VarSymbol> followedFields) {
    Map<VarSymbol, Set<String>> tests = new LinkedHashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree comparison, Void unused) {
        Tested tested = of(comparison, running, followedFields);
        if (tested != null) {
          add(tested.variable(), Set.of(tested.test()));
        }
        return super.visitBinary(comparison, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        String accessor = method == null ? null : recordAccessorTest(method);
        VarSymbol field =
            accessor != null && call.getMethodSelect() instanceof MemberSelectTree select
                ? finalFieldOf(select.getExpression(), running)
                : null;
        if (accessor != null && field != null) {
          add(field, Set.of(accessor));
        }
        Tested membership = membershipTest(call, running);
        if (membership != null) {
          add(membership.variable(), Set.of(membership.test()));
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitSwitch(SwitchTree statement, Void unused) {
        addCases(statement.getExpression(), statement.getCases());
        return super.visitSwitch(statement, null);
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree expression, Void unused) {
        addCases(expression.getExpression(), expression.getCases());
        return super.visitSwitchExpression(expression, null);
      }

      private void addCases(ExpressionTree selector, List<? extends CaseTree> cases) {
        for (CaseTree branch : cases) {
          CaseTests labels = caseTests(selector, branch, running, followedFields);
          if (labels != null) {
            add(labels.variable(), labels.tests());
          }
        }
      }

      private void add(VarSymbol variable, Set<String> more) {
        tests.computeIfAbsent(variable, tested -> new LinkedHashSet<>()).addAll(more);
      }
    }.scan(tree, null);
    return tests;
  }

  /** The test that {@code comparison}, code of class {@code running}, makes; null for another. */
  static @Nullable Tested of(
      BinaryTree comparison, Symbol running, Predicate<VarSymbol> followedFields) {
    IntComparison kind = kindOf(comparison.getKind());
    if (kind == null) {
      return null;
    }
    Tested bits =
        bitTest(
            comparison.getLeftOperand(),
            comparison.getRightOperand(),
            kind,
            running,
            followedFields);
    if (bits == null) {
      bits =
          bitTest(
              comparison.getRightOperand(),
              comparison.getLeftOperand(),
              kind,
              running,
              followedFields);
    }
    if (bits != null) {
      return bits;
    }
    Tested tested =
        tested(
            comparison.getLeftOperand(),
            comparison.getRightOperand(),
            kind,
            false,
            running,
            followedFields);
    return tested != null
        ? tested
        : tested(
            comparison.getRightOperand(),
            comparison.getLeftOperand(),
            kind,
            true,
            running,
            followedFields);
  }

  /**
   * {@code (flags & MASK) != 0} and the like, on an int variable (policy {@link BitFlags}); null
   * for another comparison.
   */
  private static @Nullable Tested bitTest(
      ExpressionTree masked,
      ExpressionTree constant,
      IntComparison comparison,
      Symbol running,
      Predicate<VarSymbol> followedFields) {
    if (!(ASTHelpers.stripParentheses(masked) instanceof BinaryTree and)
        || and.getKind() != Tree.Kind.AND) {
      return null;
    }
    Long compared = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(constant));
    Long mask = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(and.getRightOperand()));
    ExpressionTree operand = and.getLeftOperand();
    if (mask == null) {
      mask = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(and.getLeftOperand()));
      operand = and.getRightOperand();
    }
    if (compared == null || mask == null) {
      return null;
    }
    VarSymbol variable = variableOf(ASTHelpers.stripParentheses(operand), running, followedFields);
    Boolean whereHolds = BitFlags.flagWhereHolds(comparison, mask, compared);
    return variable == null
            || whereHolds == null
            || !CompilationUnitAnalysis.isWholeNumber(variable.type)
        ? null
        : new Tested(variable, BitFlags.test(mask), whereHolds);
  }

  private static @Nullable Tested tested(
      ExpressionTree variable,
      ExpressionTree constant,
      IntComparison comparison,
      boolean constantOnLeft,
      Symbol running,
      Predicate<VarSymbol> followedFields) {
    VarSymbol array = arrayWhoseLength(variable, running);
    if (array != null) {
      if (!(ASTHelpers.constValue(constant) instanceof Integer number)) {
        return null;
      }
      // A length is never negative: every test of whether it is 0 is one flag.
      Boolean whereZero = Counters.holdsWhereZero(comparison, number, constantOnLeft);
      if (array.getKind() == ElementKind.FIELD) {
        // A final array field's: the class's flag, which promises may carry across methods.
        return whereZero == null ? null : new Tested(array, ConstantTests.EMPTY_ARRAY, whereZero);
      }
      return whereZero != null
          ? new Tested(array, CountingLoops.holdsAnElement(), !whereZero)
          : new Tested(
              array,
              ConstantTests.ofLength(comparison.flagTested(number, constantOnLeft)),
              comparison.flagWhereHolds(constantOnLeft));
    }
    VarSymbol shared = sharedInstanceField(constant, running);
    if (shared != null
        && variable instanceof IdentifierTree self
        && self.getName().contentEquals("this")
        && (comparison == IntComparison.EQUAL || comparison == IntComparison.NOT_EQUAL)) {
      // Policy ConstantTests.IS_RUNNING_OBJECT: `this == EMPTY`.
      return new Tested(shared, ConstantTests.IS_RUNNING_OBJECT, comparison == IntComparison.EQUAL);
    }
    VarSymbol tested = stateVariableOf(variable, running, followedFields);
    if (tested == null) {
      return null;
    }
    // The type of what is compared: the variable's, or the value its atomic holder holds.
    Type valueType = ASTHelpers.getType(variable);
    if (valueType == null) {
      return null;
    }
    if (CompilationUnitAnalysis.isWholeNumber(valueType)) {
      Long number = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(constant));
      if (number != null) {
        return new Tested(
            tested,
            comparison.flagTested(number, constantOnLeft),
            comparison.flagWhereHolds(constantOnLeft));
      }
      return null;
    }
    if ((comparison == IntComparison.EQUAL || comparison == IntComparison.NOT_EQUAL)
        && ASTHelpers.getSymbol(constant) instanceof VarSymbol named
        && ((isEnum(valueType) && named.getKind() == ElementKind.ENUM_CONSTANT)
            || isNamedConstantOf(named, valueType))) {
      return new Tested(
          tested,
          ConstantTests.equalTo(named.getSimpleName().toString()),
          comparison == IntComparison.EQUAL);
    }
    return null;
  }

  /**
   * The test that a call of {@code method} makes, when it is a boolean component accessor of a
   * record (policy {@link ConstantTests#recordAccessor}); null for another method.
   */
  static @Nullable String recordAccessorTest(ExecutableElement method) {
    if (!method.getParameters().isEmpty()
        || method.getReturnType().getKind() != TypeKind.BOOLEAN
        || !(method.getEnclosingElement() instanceof ClassSymbol owner)
        || owner.getKind() != ElementKind.RECORD) {
      return null;
    }
    for (RecordComponent component : owner.getRecordComponents()) {
      if (component.getSimpleName().contentEquals(method.getSimpleName())) {
        return ConstantTests.recordAccessor(method.getSimpleName().toString());
      }
    }
    return null;
  }

  /**
   * The test that {@code call} makes when it asks a final field of the running object whether it
   * contains a constant ({@code features.contains(Feature.METRICS)}, policy {@link
   * ConstantTests#membership}); null for another call. Whether the field's collection can change is
   * asked of the class ({@link UnmodifiableFields}).
   */
  static @Nullable Tested membershipTest(MethodInvocationTree call, Symbol running) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)
        || call.getArguments().size() != 1) {
      return null;
    }
    String constant = constantName(call.getArguments().get(0));
    if (constant == null) {
      return null;
    }
    String test = ConstantTests.membership(select.getIdentifier().toString(), 1, constant);
    VarSymbol field = test == null ? null : finalFieldOf(select.getExpression(), running);
    return test == null || field == null ? null : new Tested(field, test, true);
  }

  /** An enum constant's simple name, or a string literal in quotes; null for another argument. */
  private static @Nullable String constantName(ExpressionTree argument) {
    if (ASTHelpers.getSymbol(argument) instanceof VarSymbol constant
        && constant.getKind() == ElementKind.ENUM_CONSTANT) {
      return constant.getSimpleName().toString();
    }
    return ASTHelpers.constValue(argument) instanceof String text ? '"' + text + '"' : null;
  }

  /**
   * The answer of {@code test} for a variable assigned {@code value}, when that is a constant: an
   * int constant, an enum constant, or null (policy {@link ConstantTests#answerFor}); null for any
   * other value.
   */
  static @Nullable Boolean answerOfAssigned(String test, ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped.getKind() == Tree.Kind.NULL_LITERAL) {
      return ConstantTests.answerForDefault(test);
    }
    if (stripped instanceof NewClassTree creation
        && ASTHelpers.getType(creation) != null
        && AtomicStates.holdsState(
            ASTHelpers.getType(creation).tsym.getQualifiedName().toString())) {
      // Policy AtomicStates: the holder's initial value, null or 0 without an argument.
      return creation.getArguments().isEmpty()
          ? ConstantTests.answerForDefault(test)
          : creation.getArguments().size() == 1
              ? answerOfAssigned(test, creation.getArguments().get(0))
              : null;
    }
    if (ASTHelpers.getSymbol(stripped) instanceof VarSymbol constant
        && (constant.getKind() == ElementKind.ENUM_CONSTANT
            || isNamedConstantOf(constant, constant.type))) {
      return ConstantTests.answerFor(test, constant.getSimpleName().toString());
    }
    Long whole = CompilationUnitAnalysis.wholeNumber(ASTHelpers.constValue(stripped));
    return whole == null ? null : ConstantTests.answerFor(test, whole);
  }

  /** The tests that a {@code case} makes of the variable its switch selects on. */
  record CaseTests(VarSymbol variable, Set<String> tests) {}

  /**
   * The tests {@code branch} makes of {@code selector}, a local or a final field of the running
   * object of an enum type: "== C" for each constant it names; null for a default, or another
   * selector.
   */
  static @Nullable CaseTests caseTests(
      @Nullable Tree selector,
      CaseTree branch,
      Symbol running,
      Predicate<VarSymbol> followedFields) {
    if (!(selector instanceof ExpressionTree expression) || branch.getExpressions().isEmpty()) {
      return null;
    }
    // A switch on an atomic holder's value is not followed: SpotBugs reads it as an array lookup.
    VarSymbol variable =
        variableOf(ASTHelpers.stripParentheses(expression), running, followedFields);
    if (variable == null || !isEnum(variable.type)) {
      return null;
    }
    Set<String> tests = new LinkedHashSet<>();
    for (ExpressionTree label : branch.getExpressions()) {
      if (!(ASTHelpers.getSymbol(label) instanceof VarSymbol constant)
          || constant.getKind() != ElementKind.ENUM_CONSTANT) {
        return null;
      }
      tests.add(ConstantTests.equalTo(constant.getSimpleName().toString()));
    }
    return new CaseTests(variable, tests);
  }

  /**
   * The local, or final field of the running object, whose length {@code tree} reads ({@code
   * args.length}, {@code this.bounds.length}), or null.
   */
  private static @Nullable VarSymbol arrayWhoseLength(ExpressionTree tree, Symbol running) {
    if (!(tree instanceof MemberSelectTree select)
        || !select.getIdentifier().contentEquals("length")) {
      return null;
    }
    VarSymbol array = variableOf(select.getExpression(), running, FINAL_FIELDS);
    return array != null && array.type.getKind() == TypeKind.ARRAY ? array : null;
  }

  /** The final field of the running object that {@code tree} reads, or null. */
  static @Nullable VarSymbol finalFieldOf(ExpressionTree tree, Symbol running) {
    VarSymbol variable = variableOf(tree, running, FINAL_FIELDS);
    return variable != null && variable.getKind() == ElementKind.FIELD ? variable : null;
  }

  /** A local or parameter, or a followed field of the running object; else null. */
  private static @Nullable VarSymbol variableOf(
      ExpressionTree tree, Symbol running, Predicate<VarSymbol> followedFields) {
    if (tree instanceof UnaryTree update
        && (update.getKind() == Tree.Kind.PREFIX_INCREMENT
            || update.getKind() == Tree.Kind.PREFIX_DECREMENT)) {
      // `--size == INLINE` compares the value the update left in the variable.
      return variableOf(update.getExpression(), running, followedFields);
    }
    if (!(tree instanceof IdentifierTree) && !(tree instanceof MemberSelectTree)) {
      return null;
    }
    if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol variable)) {
      return null;
    }
    switch (variable.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, BINDING_VARIABLE, RESOURCE_VARIABLE:
        return tree instanceof IdentifierTree ? variable : null;
      case FIELD:
        boolean onThis =
            tree instanceof IdentifierTree
                || (((MemberSelectTree) tree).getExpression() instanceof IdentifierTree receiver
                    && receiver.getName().contentEquals("this"));
        return onThis && variable.owner == running && followedFields.test(variable)
            ? variable
            : null;
      default:
        return null;
    }
  }

  /**
   * The variable whose state {@code tree} reads where a comparison or a switch tests it: a local, a
   * followed field of the running object, or the final field whose atomic holder's value it reads
   * ({@code status.get()}, policy {@link AtomicStates}); else null.
   */
  private static @Nullable VarSymbol stateVariableOf(
      ExpressionTree tree, Symbol running, Predicate<VarSymbol> followedFields) {
    VarSymbol holder = atomicStateRead(tree, running);
    if (holder != null) {
      return followedFields.test(holder) ? holder : null;
    }
    return variableOf(tree, running, followedFields);
  }

  /**
   * The final field of the running object holding an {@code AtomicReference}, {@code AtomicInteger}
   * or {@code AtomicLong} whose value {@code tree} reads ({@code status.get()}, policy {@link
   * AtomicStates}); null for another expression.
   */
  static @Nullable VarSymbol atomicStateRead(ExpressionTree tree, Symbol running) {
    if (!(tree instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)
        || AtomicStates.of(select.getIdentifier().toString(), call.getArguments().size())
            != AtomicFlags.Operation.READ) {
      return null;
    }
    VarSymbol field = finalFieldOf(select.getExpression(), running);
    return field != null && holdsAtomicState(field) ? field : null;
  }

  /** Whether {@code field} holds a state in an atomic holder (policy {@link AtomicStates}). */
  static boolean holdsAtomicState(VarSymbol field) {
    return field.getKind() == ElementKind.FIELD
        && !field.isStatic()
        && field.type.tsym != null
        && AtomicStates.holdsState(field.type.tsym.getQualifiedName().toString());
  }

  /**
   * The {@code static final} field of class {@code running} that {@code tree} reads, when it holds
   * an object of that class ({@code EMPTY}); null otherwise.
   */
  static @Nullable VarSymbol sharedInstanceField(ExpressionTree tree, Symbol running) {
    return ASTHelpers.getSymbol(tree) instanceof VarSymbol field
            && holdsSharedInstance(field, running)
        ? field
        : null;
  }

  /** Whether {@code field} is a static final field of class {@code owner} of its own type. */
  static boolean holdsSharedInstance(VarSymbol field, Symbol owner) {
    return holdsOwnType(field) && (field.flags() & Flags.FINAL) != 0 && field.owner == owner;
  }

  /**
   * Whether {@code named} is a static field of its own class's type, compared with a variable of
   * that type: an enum constant, or a shared instance such as {@code Version.EMPTY}, as the
   * SpotBugs engine reads them from bytecode, which does not tell an enum from another class.
   */
  static boolean isNamedConstantOf(VarSymbol named, Type type) {
    return holdsOwnType(named) && named.type.tsym == type.tsym;
  }

  /** Whether {@code field} is a static field of its own class's type. */
  private static boolean holdsOwnType(VarSymbol field) {
    return field.getKind() == ElementKind.FIELD
        && field.isStatic()
        && field.type.tsym != null
        && field.type.tsym == field.owner;
  }

  private static boolean isEnum(@Nullable Type type) {
    return type != null && type.tsym != null && type.tsym.getKind() == ElementKind.ENUM;
  }

  static @Nullable IntComparison kindOf(Tree.Kind kind) {
    return switch (kind) {
      case EQUAL_TO -> IntComparison.EQUAL;
      case NOT_EQUAL_TO -> IntComparison.NOT_EQUAL;
      case LESS_THAN -> IntComparison.LESS;
      case LESS_THAN_EQUAL -> IntComparison.LESS_OR_EQUAL;
      case GREATER_THAN -> IntComparison.GREATER;
      case GREATER_THAN_EQUAL -> IntComparison.GREATER_OR_EQUAL;
      default -> null;
    };
  }
}
