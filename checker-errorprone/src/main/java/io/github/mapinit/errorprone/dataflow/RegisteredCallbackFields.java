package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.RegisteredCallbacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The callbacks kept in final fields that their class only hands to methods of objects its fields
 * hold (policy {@link RegisteredCallbacks}), with the calls that may keep them.
 */
final class RegisteredCallbackFields {

  /**
   * A lambda or {@code this::m} kept in {@code field}: the fields whose objects it is handed to, by
   * name, and the calls that may keep it.
   */
  record Registration(
      VarSymbol field,
      ExpressionTree callback,
      Set<String> holders,
      Set<MethodInvocationTree> keepingCalls) {}

  private RegisteredCallbackFields() {}

  /**
   * The callback that {@code field}, declared by {@code tree}, keeps as the rule asks, or null: a
   * final instance field that its initialiser gives a lambda, or a reference {@code this::m} to a
   * private method of its class.
   */
  static @Nullable ExpressionTree keptCallback(VariableTree tree, @Nullable VarSymbol field) {
    if (field == null
        || field.getKind() != ElementKind.FIELD
        || !field.getModifiers().contains(Modifier.FINAL)
        || field.isStatic()
        || tree.getInitializer() == null) {
      return null;
    }
    ExpressionTree value = ASTHelpers.stripParentheses(tree.getInitializer());
    if (value instanceof LambdaExpressionTree) {
      return value;
    }
    if (!(value instanceof MemberReferenceTree reference)
        || reference.getMode() != MemberReferenceTree.ReferenceMode.INVOKE
        || !JavacFacts.isOnThis(reference.getQualifierExpression())) {
      return null;
    }
    MethodSymbol method = ASTHelpers.getSymbol(reference);
    return method != null && method.isPrivate() && !method.isStatic() && method.owner == field.owner
        ? value
        : null;
  }

  /**
   * By callback, the registration of each callback of {@code kept} (by the field that keeps it)
   * that the unit's code only hands to methods of objects the field's class holds.
   */
  static Map<Tree, Registration> in(
      CompilationUnitTree unit,
      Map<VarSymbol, ExpressionTree> kept,
      Function<MethodSymbol, @Nullable MethodTree> bodyOf,
      JavacPolicy policy) {
    Map<VarSymbol, Set<String>> holders = new HashMap<>();
    Map<VarSymbol, Set<MethodInvocationTree>> keeping = new HashMap<>();
    Set<VarSymbol> usedOtherwise = new HashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        read(tree);
        return super.visitIdentifier(tree, null);
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        read(tree);
        return super.visitMemberSelect(tree, null);
      }

      private void read(ExpressionTree tree) {
        if (!(ASTHelpers.getSymbol(tree) instanceof VarSymbol field) || !kept.containsKey(field)) {
          return;
        }
        TreePath parent = getCurrentPath().getParentPath();
        Tree argument = tree;
        while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
          argument = parent.getLeaf();
          parent = parent.getParentPath();
        }
        VarSymbol holder =
            parent != null
                    && JavacFacts.ownInstanceField(tree, field.owner) == field
                    && parent.getLeaf() instanceof MethodInvocationTree call
                    && call.getArguments().contains(argument)
                ? JavacFacts.ownInstanceField(
                    ASTHelpers.getReceiver((MethodInvocationTree) parent.getLeaf()), field.owner)
                : null;
        if (holder == null || !inOwnMethod(getCurrentPath())) {
          usedOtherwise.add(field);
          return;
        }
        MethodInvocationTree call = (MethodInvocationTree) parent.getLeaf();
        int index = call.getArguments().indexOf(argument);
        holders
            .computeIfAbsent(field, f -> new LinkedHashSet<>())
            .add(holder.getSimpleName().toString());
        ExpressionTree receiver = ASTHelpers.getReceiver(call);
        MethodSymbol callee = ASTHelpers.getSymbol(call);
        if (RegisteredCallbacks.callMayKeep(
            receiver != null
                && ASTHelpers.getType(receiver) != null
                && policy.isCollection(ASTHelpers.getType(receiver)),
            callee == null ? "" : callee.getSimpleName().toString(),
            call.getArguments().size(),
            () -> parameterUses(call, index, bodyOf, policy))) {
          keeping.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(call);
        }
      }
    }.scan(unit, null);
    Map<Tree, Registration> registrations = new IdentityHashMap<>();
    kept.forEach(
        (field, callback) -> {
          if (!usedOtherwise.contains(field) && holders.containsKey(field)) {
            registrations.put(
                callback,
                new Registration(
                    field, callback, holders.get(field), keeping.getOrDefault(field, Set.of())));
          }
        });
    return registrations;
  }

  /** Whether the code at {@code path} is a method's or constructor's own, not a lambda's. */
  private static boolean inOwnMethod(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree method) {
        return !ASTHelpers.getSymbol(method).isStatic();
      }
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
        return false;
      }
    }
    return false;
  }

  /**
   * How the method that {@code call} runs uses its parameter at {@code index}; null where its code
   * is not in view (or the parameter is a variable arity one).
   */
  private static @Nullable List<RegisteredCallbacks.ParameterUse> parameterUses(
      MethodInvocationTree call,
      int index,
      Function<MethodSymbol, @Nullable MethodTree> bodyOf,
      JavacPolicy policy) {
    MethodSymbol callee = ASTHelpers.getSymbol(call);
    MethodTree body = callee == null ? null : bodyOf.apply(callee);
    if (body == null
        || body.getBody() == null
        || callee.isVarArgs()
        || index < 0
        || index >= body.getParameters().size()) {
      return null;
    }
    Symbol parameter = ASTHelpers.getSymbol(body.getParameters().get(index));
    List<RegisteredCallbacks.ParameterUse> uses = new ArrayList<>();
    int[] reads = {0};
    new TreeScanner<Void, Void>() {
      // Inside a lambda or a class body the parameter is captured: some other use, as a whole.
      private int captured;

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        captured++;
        try {
          return super.visitLambdaExpression(tree, null);
        } finally {
          captured--;
        }
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        captured++;
        try {
          return super.visitClass(tree, null);
        } finally {
          captured--;
        }
      }

      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == parameter) {
          reads[0]++;
        }
        return null;
      }

      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        if (captured == 0
            && (tree.getKind() == Tree.Kind.EQUAL_TO || tree.getKind() == Tree.Kind.NOT_EQUAL_TO)
            && (isParameter(tree.getLeftOperand()) || isParameter(tree.getRightOperand()))) {
          uses.add(RegisteredCallbacks.ParameterUse.COMPARED);
        }
        return super.visitBinary(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        ExpressionTree receiver = ASTHelpers.getReceiver(tree);
        if (captured == 0
            && tree.getArguments().size() == 1
            && isParameter(tree.getArguments().get(0))
            && receiver != null
            && ASTHelpers.getType(receiver) != null
            && policy.isCollection(ASTHelpers.getType(receiver))
            && RegisteredCallbacks.looksUpOrRemoves(
                ASTHelpers.getSymbol(tree).getSimpleName().toString())) {
          uses.add(RegisteredCallbacks.ParameterUse.LOOKED_UP_OR_REMOVED);
        }
        return super.visitMethodInvocation(tree, null);
      }

      private boolean isParameter(ExpressionTree tree) {
        return tree instanceof IdentifierTree && ASTHelpers.getSymbol(tree) == parameter;
      }
    }.scan(body.getBody(), null);
    // Every read that is neither compared nor looked up is some other use.
    for (int other = reads[0] - uses.size(); other > 0; other--) {
      uses.add(RegisteredCallbacks.ParameterUse.OTHER);
    }
    return uses;
  }
}
