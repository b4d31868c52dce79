package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The collections of a class whose emptiness is a flag (policy {@link CollectionEmptiness}): its
 * private final instance fields of a collection or map type that hold a new, empty JDK collection,
 * and that its code uses only on its own object, as the receiver of a call or the argument of a
 * read-only copy. A nested class may read them but not change them: its bodies keep no promise of
 * the class.
 */
final class CollectionFields {

  private CollectionFields() {}

  static Set<VarSymbol> in(ClassTree tree, Symbol owner, JavacPolicy policy) {
    Set<VarSymbol> candidates = new LinkedHashSet<>();
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree variable
          && isPrivateFinalCollection(ASTHelpers.getSymbol(variable), owner, policy)
          && (variable.getInitializer() == null
              || createsEmpty(variable.getInitializer(), policy))) {
        candidates.add(ASTHelpers.getSymbol(variable));
      }
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<VarSymbol> disqualified = new LinkedHashSet<>();
    Set<Tree> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
    class Uses extends TreeScanner<Void, Void> {
      // The members of the class are scanned one by one, at the class's own level.
      private int nesting = 1;
      // What an initializer block does runs before any constructor, where the flag is taken to
      // say that the collection is empty.
      private boolean inInitializerBlock;

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        nesting++;
        super.visitClass(node, null);
        nesting--;
        return null;
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        VarSymbol field = candidate(node.getVariable());
        if (field != null) {
          if (isOnOwnObject(node.getVariable()) && createsEmpty(node.getExpression(), policy)) {
            allowed.add(node.getVariable());
          } else {
            disqualified.add(field);
          }
        }
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (node.getMethodSelect() instanceof MemberSelectTree select
            && candidate(select.getExpression()) != null
            && isOnOwnObject(select.getExpression())
            && (nesting <= 1
                || readsOnly(select.getIdentifier().toString(), node.getArguments().size()))) {
          allowed.add(select.getExpression());
        }
        allowArguments(readArguments(node));
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        allowArguments(readArguments(node));
        return super.visitNewClass(node, null);
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
        if (candidate(node.getExpression()) != null && isOnOwnObject(node.getExpression())) {
          allowed.add(node.getExpression());
        }
        return super.visitEnhancedForLoop(node, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        check(node);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        check(node);
        return super.visitMemberSelect(node, null);
      }

      private void allowArguments(Iterable<? extends ExpressionTree> arguments) {
        for (ExpressionTree argument : arguments) {
          if (candidate(argument) != null && isOnOwnObject(argument)) {
            allowed.add(argument);
          }
        }
      }

      private void check(ExpressionTree node) {
        VarSymbol field = candidate(node);
        if (field != null && (inInitializerBlock || !allowed.contains(node))) {
          disqualified.add(field);
        }
      }

      private @Nullable VarSymbol candidate(ExpressionTree node) {
        ExpressionTree stripped = ASTHelpers.stripParentheses(node);
        return (stripped instanceof IdentifierTree || stripped instanceof MemberSelectTree)
                && ASTHelpers.getSymbol(stripped) instanceof VarSymbol field
                && candidates.contains(field)
            ? field
            : null;
      }
    }
    Uses uses = new Uses();
    for (Tree member : tree.getMembers()) {
      uses.inInitializerBlock = member instanceof BlockTree block && !block.isStatic();
      uses.scan(member, null);
    }
    candidates.removeAll(disqualified);
    return candidates;
  }

  /**
   * The arguments that {@code call} only reads (policy {@link CollectionEmptiness#readsArgument}):
   * all of a read-only copy's ({@code new ArrayList<>(order)}, {@code List.copyOf(order)}), none of
   * another call's.
   */
  static List<? extends ExpressionTree> readArguments(Tree call) {
    if (call instanceof NewClassTree creation) {
      Symbol constructor = ASTHelpers.getSymbol(creation);
      return creation.getClassBody() == null
              && constructor != null
              && CollectionEmptiness.readsArgument(
                  constructor.owner.getQualifiedName().toString(), "<init>")
          ? creation.getArguments()
          : List.of();
    }
    Symbol method =
        call instanceof MethodInvocationTree invocation ? ASTHelpers.getSymbol(invocation) : null;
    return method != null
            && CollectionEmptiness.readsArgument(
                method.owner.getQualifiedName().toString(), method.getSimpleName().toString())
        ? ((MethodInvocationTree) call).getArguments()
        : List.of();
  }

  private static boolean readsOnly(String method, int arguments) {
    CollectionEmptiness.Operation operation = CollectionEmptiness.of(method, arguments);
    return operation == CollectionEmptiness.Operation.IS_EMPTY
        || operation == CollectionEmptiness.Operation.SIZE
        || operation == CollectionEmptiness.Operation.NONE;
  }

  /** {@code order} or {@code this.order}; not {@code other.order} or {@code Outer.this.order}. */
  private static boolean isOnOwnObject(ExpressionTree tree) {
    return tree instanceof IdentifierTree
        || (tree instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("this"));
  }

  private static boolean isPrivateFinalCollection(
      VarSymbol field, Symbol owner, JavacPolicy policy) {
    return field.owner == owner
        && field.getModifiers().contains(Modifier.PRIVATE)
        && field.getModifiers().contains(Modifier.FINAL)
        && !field.isStatic()
        && policy.isCollection(field.type);
  }

  /** Whether {@code value} is a new, empty JDK collection (policy {@link CollectionEmptiness}). */
  static boolean createsEmpty(ExpressionTree value, JavacPolicy policy) {
    if (!(ASTHelpers.stripParentheses(value) instanceof NewClassTree creation)
        || creation.getClassBody() != null) {
      return false;
    }
    Symbol constructor = ASTHelpers.getSymbol(creation);
    boolean argumentsHoldElements = false;
    for (ExpressionTree argument : creation.getArguments()) {
      argumentsHoldElements |=
          ASTHelpers.getType(argument) == null || policy.isCollection(ASTHelpers.getType(argument));
    }
    return CollectionEmptiness.createsEmpty(
        constructor.owner.getQualifiedName().toString(), argumentsHoldElements);
  }
}
