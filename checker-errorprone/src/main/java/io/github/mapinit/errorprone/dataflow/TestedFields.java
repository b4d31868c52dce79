package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.rules.CorrelatedResets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 (policy {@link CorrelatedResets}): the fields of the object whose map a use reads, that
 * the tests on every path to the use read in the use's body ({@link PathConditions}): {@code
 * txLock} for a use after {@code if (!txLock.isHeldByCurrentThread()) throw ..;}, {@code current}
 * inside {@code current == NO_SNAPSHOT ? .. : columns.size()}, the selector of a switch whose case
 * leads to it; what the body of a query of the class that a test asks reads ({@code if
 * (!onRow())}); and what the tests of a check of the class called before the use read ({@code
 * requireLoaded();}). On the running object only the kinds beyond the flag rules count; on another
 * object ({@code tx.active ? tx.writes.size() : 0}) every kind does, as the flag rules follow the
 * running object alone.
 */
final class TestedFields {

  private TestedFields() {}

  /**
   * The fields of {@code map}'s class tested on the way to {@code use}, by name.
   *
   * @param receiver the variable holding the object whose map the use reads ({@code tx} in {@code
   *     tx.writes}), or null for the running object
   */
  static Set<String> around(
      Body body,
      Tree use,
      VarSymbol map,
      @Nullable VarSymbol receiver,
      ClassIndex index,
      JavacPolicy policy) {
    Set<String> fields = new LinkedHashSet<>();
    ClassIndex.ClassInfo mapClass = index.classInfo(map.owner);
    TreePath path =
        mapClass != null && (receiver != null || body.owner() == map.owner)
            ? TreePath.getPath(body.path(), use)
            : null;
    if (path == null || mapClass == null) {
      return fields;
    }
    Reads reads = new Reads(map, receiver, mapClass.tree, index, policy, fields);
    PathConditions.around(
        path,
        new PathConditions.Visitor() {
          @Override
          public void condition(ExpressionTree condition, boolean outcome) {
            reads.inTest(condition);
          }

          @Override
          public void switched(ExpressionTree selector) {
            reads.inTest(selector);
          }

          @Override
          public boolean presentOnly(ExpressionTree optional) {
            reads.inTest(optional);
            return true;
          }

          @Override
          public void earlier(StatementTree statement, ClassTree owner) {
            MethodTree check = reads.checkCalledBy(statement);
            if (check != null) {
              reads.inTestsOf(check);
            }
          }
        });
    return fields;
  }

  /** Collects the fields read, for one use. */
  private static final class Reads {
    private final VarSymbol map;
    private final @Nullable VarSymbol receiver;
    private final ClassTree ownerTree;
    private final ClassIndex index;
    private final JavacPolicy policy;
    private final Set<String> fields;

    Reads(
        VarSymbol map,
        @Nullable VarSymbol receiver,
        ClassTree ownerTree,
        ClassIndex index,
        JavacPolicy policy,
        Set<String> fields) {
      this.map = map;
      this.receiver = receiver;
      this.ownerTree = ownerTree;
      this.index = index;
      this.policy = policy;
      this.fields = fields;
    }

    /** The fields that {@code test} reads, and those of the queries of the class it asks. */
    void inTest(Tree test) {
      scanReads(test, true, receiver);
    }

    /** The fields that the conditions and switch selectors of {@code check}'s body read. */
    void inTestsOf(MethodTree check) {
      new SameCodeScanner() {
        @Override
        public Void visitIf(IfTree tree, Void unused) {
          scanReads(tree.getCondition(), false, null);
          return super.visitIf(tree, null);
        }

        @Override
        public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
          scanReads(tree.getCondition(), false, null);
          return super.visitConditionalExpression(tree, null);
        }

        @Override
        public Void visitWhileLoop(WhileLoopTree tree, Void unused) {
          scanReads(tree.getCondition(), false, null);
          return super.visitWhileLoop(tree, null);
        }

        @Override
        public Void visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
          scanReads(tree.getCondition(), false, null);
          return super.visitDoWhileLoop(tree, null);
        }

        @Override
        public Void visitForLoop(ForLoopTree tree, Void unused) {
          if (tree.getCondition() != null) {
            scanReads(tree.getCondition(), false, null);
          }
          return super.visitForLoop(tree, null);
        }

        @Override
        public Void visitSwitch(SwitchTree tree, Void unused) {
          scanReads(tree.getExpression(), false, null);
          return super.visitSwitch(tree, null);
        }

        @Override
        public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
          scanReads(tree.getExpression(), false, null);
          return super.visitSwitchExpression(tree, null);
        }
      }.scan(check.getBody(), null);
    }

    /**
     * The body of the check of the class that {@code statement} calls on the running object, if it
     * is one (policy {@code CorrelatedResets.callTests}).
     */
    @Nullable MethodTree checkCalledBy(StatementTree statement) {
      if (!(statement instanceof ExpressionStatementTree expression)
          || !(expression.getExpression() instanceof MethodInvocationTree call)) {
        return null;
      }
      MethodSymbol callee = methodCalledOnTestedObject(call, receiver);
      MethodTree body = callee == null ? null : bodyOf(callee);
      return callee != null
              && body != null
              && CorrelatedResets.callTests(
                  JavacPolicy.isOverridable(callee),
                  callee.getReturnType().getKind() == TypeKind.VOID,
                  throwsOrAssignsMap(body))
          ? body
          : null;
    }

    private boolean throwsOrAssignsMap(MethodTree method) {
      boolean[] throwsSomewhere = {false};
      new SameCodeScanner() {
        @Override
        public Void visitThrow(ThrowTree statement, Void unused) {
          throwsSomewhere[0] = true;
          return null;
        }
      }.scan(method.getBody(), null);
      return throwsSomewhere[0]
          || FieldAssignments.in(method.getBody(), (ClassSymbol) map.owner)
              .onOwnObject()
              .contains(map);
    }

    /**
     * Adds the fields of the tested object that {@code tree} reads (the running object's of kinds
     * beyond the flag rules, where {@code object} is null; any of {@code object.f}); with {@code
     * followQueries}, also those that the body of a query of the class that it calls on that object
     * reads (one call deep: policy {@code CorrelatedResets.queryTests}).
     */
    private void scanReads(Tree tree, boolean followQueries, @Nullable VarSymbol object) {
      new SameCodeScanner() {
        /** Whether what is read here is compared with constants only, or is the condition. */
        private boolean withConstants = true;

        /** Whether what is read here is a reference compared with another value than null. */
        private boolean byReference = false;

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          MethodSymbol callee = followQueries ? methodCalledOnTestedObject(call, object) : null;
          MethodTree query =
              callee != null && CorrelatedResets.queryTests(JavacPolicy.isOverridable(callee))
                  ? bodyOf(callee)
                  : null;
          if (query != null) {
            scanReads(query.getBody(), false, null);
          }
          // The receiver and the arguments are asked about or passed on, not compared.
          return scanWith(false, () -> super.visitMethodInvocation(call, null));
        }

        @Override
        public Void visitBinary(BinaryTree binary, Void unused) {
          ExpressionTree left = binary.getLeftOperand();
          ExpressionTree right = binary.getRightOperand();
          if (binary.getKind() == Tree.Kind.CONDITIONAL_AND
              || binary.getKind() == Tree.Kind.CONDITIONAL_OR) {
            return super.visitBinary(binary, null);
          }
          // `journal != null`: the field's null test alone.
          if ((binary.getKind() == Tree.Kind.EQUAL_TO || binary.getKind() == Tree.Kind.NOT_EQUAL_TO)
              && (isNull(left) || isNull(right))) {
            add(left, object, true, false, false);
            add(right, object, true, false, false);
            return null;
          }
          boolean outer = withConstants;
          boolean identity =
              binary.getKind() == Tree.Kind.EQUAL_TO || binary.getKind() == Tree.Kind.NOT_EQUAL_TO;
          scanWith(
              outer && isConstant(right), identity && isReference(left), () -> scan(left, null));
          scanWith(
              outer && isConstant(left), identity && isReference(right), () -> scan(right, null));
          return null;
        }

        @Override
        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
          add(identifier, object, false, withConstants, byReference);
          return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree select, Void unused) {
          add(select, object, false, withConstants, byReference);
          // The object a field is read from is not itself compared.
          return scanWith(withConstants, false, () -> super.visitMemberSelect(select, null));
        }

        private Void scanWith(boolean constants, Supplier<Void> scan) {
          return scanWith(constants, false, scan);
        }

        private Void scanWith(boolean constants, boolean reference, Supplier<Void> scan) {
          boolean outerConstants = withConstants;
          boolean outerReference = byReference;
          withConstants = constants;
          byReference = reference;
          try {
            return scan.get();
          } finally {
            withConstants = outerConstants;
            byReference = outerReference;
          }
        }
      }.scan(tree, null);
    }

    private void add(
        ExpressionTree read,
        @Nullable VarSymbol object,
        boolean testedForNull,
        boolean withConstants,
        boolean byReference) {
      VarSymbol field =
          object == null
              ? NullConstructorArguments.fieldOfRunningObject(read, map.owner)
              : fieldOf(object, read);
      if (field != null && counts(field, testedForNull, withConstants, byReference)) {
        fields.add(field.getSimpleName().toString());
      }
    }

    /** {@code object.f}, through parentheses, where {@code f} is a field of the map's class. */
    private @Nullable VarSymbol fieldOf(VarSymbol object, ExpressionTree read) {
      return ASTHelpers.stripParentheses(read) instanceof MemberSelectTree select
              && holds(select.getExpression(), object)
              && ASTHelpers.getSymbol(select) instanceof VarSymbol field
              && field.getKind() == ElementKind.FIELD
              && !field.isStatic()
              && field.owner == map.owner
          ? field
          : null;
    }

    /**
     * Whether a test of {@code field} can say what the flag rules do not: any kind can where the
     * map is another object's, as the flag rules follow the running object alone.
     */
    private boolean counts(
        VarSymbol field, boolean testedForNull, boolean withConstants, boolean byReference) {
      Type type = field.type;
      String typeName =
          type.isPrimitive() ? type.toString() : type.tsym.getQualifiedName().toString();
      return CorrelatedResets.testCounts(
          receiver == null,
          typeName,
          (field.flags() & Flags.FINAL) != 0,
          type.tsym != null && type.tsym.getKind() == ElementKind.ENUM,
          index.isTrackedField(field) || policy.isCollection(type),
          testedForNull,
          byReference,
          () -> withConstants);
    }

    /** A variable or field read of a reference type: {@code view} in {@code view == EMPTY}. */
    private static boolean isReference(ExpressionTree operand) {
      ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
      Type type = ASTHelpers.getType(stripped);
      return (stripped instanceof IdentifierTree || stripped instanceof MemberSelectTree)
          && type != null
          && !type.isPrimitive();
    }

    /** A compile-time constant or an enum constant. */
    private static boolean isConstant(ExpressionTree operand) {
      ExpressionTree stripped = ASTHelpers.stripParentheses(operand);
      Symbol symbol = ASTHelpers.getSymbol(stripped);
      return ASTHelpers.constValue(stripped) != null
          || (symbol != null && symbol.getKind() == ElementKind.ENUM_CONSTANT);
    }

    private static boolean isNull(ExpressionTree operand) {
      return ASTHelpers.stripParentheses(operand).getKind() == Tree.Kind.NULL_LITERAL;
    }

    /**
     * The method of the map's class that {@code call} calls on the running object (where {@code
     * object} is null) or on {@code object}, or null.
     */
    private @Nullable MethodSymbol methodCalledOnTestedObject(
        MethodInvocationTree call, @Nullable VarSymbol object) {
      MethodSymbol callee = ASTHelpers.getSymbol(call);
      boolean onObject =
          object == null
              ? JavacFacts.isOnThis(call.getMethodSelect())
              : call.getMethodSelect() instanceof MemberSelectTree select
                  && holds(select.getExpression(), object);
      return onObject && callee != null && callee.owner == map.owner && !callee.isStatic()
          ? callee
          : null;
    }

    private @Nullable MethodTree bodyOf(MethodSymbol callee) {
      for (Tree member : ownerTree.getMembers()) {
        if (member instanceof MethodTree method
            && ASTHelpers.getSymbol(method) == callee
            && method.getBody() != null) {
          return method;
        }
      }
      return null;
    }
  }

  /** {@code object} or {@code this.object}, through parentheses: the variable's value. */
  private static boolean holds(ExpressionTree expression, VarSymbol object) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(expression);
    return (stripped instanceof IdentifierTree
            || (stripped instanceof MemberSelectTree select && JavacFacts.isOnThis(select)))
        && ASTHelpers.getSymbol(stripped) == object;
  }
}
