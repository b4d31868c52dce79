package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.NonEmptyCollections;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;

/**
 * The collections of one body whose emptiness is a flag (policy {@link CollectionEmptiness}): its
 * parameters and locals of a collection or map type that only the body's own calls on them change
 * (as elsewhere, a call of unknown code is taken not to change what it is not given). A parameter
 * is never assigned; either is used only as the receiver of a call, the collection of a loop, the
 * argument of a read-only copy, or a returned value, and never inside a lambda or a class the body
 * declares. A local's flag is known where it is assigned a new, empty JDK collection.
 */
final class LocalCollections {

  /**
   * The followed collections, and the {@code iterator()} calls whose iterator the body stores in a
   * local and only advances ({@code hasNext()}, {@code next()}): such an iterator removes nothing.
   */
  record OfBody(
      Set<VarSymbol> collections, Set<Tree> plainIteratorCalls, Set<VarSymbol> countingIndices) {

    static final OfBody NONE = new OfBody(Set.of(), Set.of(), Set.of());
  }

  private LocalCollections() {}

  static OfBody in(Tree body, JavacPolicy policy) {
    if (!(body instanceof MethodTree)) {
      return OfBody.NONE;
    }
    Map<VarSymbol, Tree> iterators = new LinkedHashMap<>();
    Set<VarSymbol> countingIndices = new LinkedHashSet<>();
    Set<VarSymbol> candidates = new LinkedHashSet<>();
    Set<VarSymbol> disqualified = new LinkedHashSet<>();
    Set<Tree> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Tree> advanced = Collections.newSetFromMap(new IdentityHashMap<>());
    new TreeScanner<Void, Void>() {
      private int nesting;

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        if (node != body) {
          return null;
        }
        for (VariableTree parameter : node.getParameters()) {
          VarSymbol symbol = ASTHelpers.getSymbol(parameter);
          if (policy.isCollection(symbol.type)) {
            candidates.add(symbol);
          }
        }
        return scan(node.getBody(), null);
      }

      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        VarSymbol symbol = ASTHelpers.getSymbol(node);
        if (nesting == 0
            && symbol.getKind() == ElementKind.LOCAL_VARIABLE
            && policy.isCollection(symbol.type)) {
          candidates.add(symbol);
        }
        if (nesting == 0
            && node.getInitializer() instanceof MethodInvocationTree call
            && call.getArguments().isEmpty()
            && call.getMethodSelect() instanceof MemberSelectTree select
            && NonEmptyCollections.opensIterator(select.getIdentifier().toString(), 0)) {
          iterators.put(symbol, call);
        }
        return super.visitVariable(node, null);
      }

      @Override
      public Void visitForLoop(ForLoopTree node, Void unused) {
        // for (int i = 0; i < bound; ...): policy CountingLoops.
        if (nesting == 0
            && node.getInitializer().size() == 1
            && node.getInitializer().get(0) instanceof VariableTree index
            && index.getInitializer() != null
            && Integer.valueOf(0).equals(ASTHelpers.constValue(index.getInitializer()))
            && node.getCondition() instanceof BinaryTree test
            && ((test.getKind() == Tree.Kind.LESS_THAN
                    && ASTHelpers.getSymbol(test.getLeftOperand()) == ASTHelpers.getSymbol(index))
                || (test.getKind() == Tree.Kind.GREATER_THAN
                    && ASTHelpers.getSymbol(test.getRightOperand())
                        == ASTHelpers.getSymbol(index)))) {
          countingIndices.add(ASTHelpers.getSymbol(index));
        }
        return super.visitForLoop(node, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        nesting++;
        super.visitLambdaExpression(node, null);
        nesting--;
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        nesting++;
        super.visitClass(node, null);
        nesting--;
        return null;
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (nesting == 0
            && node.getVariable() instanceof IdentifierTree
            && ASTHelpers.getSymbol(node.getVariable()) instanceof VarSymbol local
            && local.getKind() == ElementKind.LOCAL_VARIABLE) {
          // A new value: the dataflow learns whether it is empty where it is assigned.
          allowed.add(node.getVariable());
        }
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (nesting == 0 && node.getMethodSelect() instanceof MemberSelectTree select) {
          allowed.add(ASTHelpers.stripParentheses(select.getExpression()));
          String name = select.getIdentifier().toString();
          if (node.getArguments().isEmpty() && (name.equals("hasNext") || name.equals("next"))) {
            advanced.add(ASTHelpers.stripParentheses(select.getExpression()));
          }
        }
        if (nesting == 0) {
          allowed.addAll(CollectionFields.readArguments(node));
        }
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        if (nesting == 0) {
          allowed.addAll(CollectionFields.readArguments(node));
        }
        return super.visitNewClass(node, null);
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
        if (nesting == 0) {
          allowed.add(ASTHelpers.stripParentheses(node.getExpression()));
        }
        return super.visitEnhancedForLoop(node, null);
      }

      @Override
      public Void visitReturn(ReturnTree node, Void unused) {
        if (nesting == 0 && node.getExpression() != null) {
          allowed.add(ASTHelpers.stripParentheses(node.getExpression()));
        }
        return super.visitReturn(node, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (ASTHelpers.getSymbol(node) instanceof VarSymbol iterator
            && iterators.containsKey(iterator)
            && !advanced.contains(node)) {
          iterators.remove(iterator);
        }
        if (ASTHelpers.getSymbol(node) instanceof VarSymbol variable
            && (variable.getKind() == ElementKind.LOCAL_VARIABLE
                || variable.getKind() == ElementKind.PARAMETER)
            && !allowed.contains(node)) {
          disqualified.add(variable);
        }
        return null;
      }
    }.scan(body, null);
    candidates.removeAll(disqualified);
    Set<Tree> plainIteratorCalls = Collections.newSetFromMap(new IdentityHashMap<>());
    plainIteratorCalls.addAll(iterators.values());
    return candidates.isEmpty() && plainIteratorCalls.isEmpty() && countingIndices.isEmpty()
        ? OfBody.NONE
        : new OfBody(candidates, plainIteratorCalls, countingIndices);
  }
}
