package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Whether a body reads one of its class's flag fields and can throw. Such a body needs its graph
 * even when it touches no map: where it returns it may leave the flag with one value without
 * assigning it ({@code ensureOpen()} that throws when {@code closed} returns only with it false),
 * which its callers learn. (A body that assigns the flag is analysed anyway.)
 */
final class FlagReads extends TreeScanner<Boolean, Void> {

  private final Set<? extends Symbol> flags;
  private final Function<MethodInvocationTree, @Nullable MethodTree> ownBooleanHelper;
  private final Set<MethodTree> helpersRead;

  private FlagReads(
      Set<? extends Symbol> flags,
      Function<MethodInvocationTree, @Nullable MethodTree> ownBooleanHelper,
      Set<MethodTree> helpersRead) {
    this.flags = flags;
    this.ownBooleanHelper = ownBooleanHelper;
    this.helpersRead = helpersRead;
  }

  /**
   * Whether {@code body} reads one of {@code flags} and can throw; a call of a boolean helper of
   * the class on this ({@code if (!isRunning()) throw ..}, where isRunning() returns {@code state
   * == RUNNING}) reads what the helper's body reads (policy AnsweringHelpers).
   */
  static boolean in(
      Tree body,
      Set<? extends Symbol> flags,
      Function<MethodInvocationTree, @Nullable MethodTree> ownBooleanHelper) {
    FlagReads reads = new FlagReads(flags, ownBooleanHelper, new LinkedHashSet<>());
    return !flags.isEmpty() && Boolean.TRUE.equals(reads.scan(body, null)) && reads.throwsSomewhere;
  }

  private boolean throwsSomewhere;

  @Override
  public Boolean visitThrow(ThrowTree tree, Void unused) {
    throwsSomewhere = true;
    return super.visitThrow(tree, unused);
  }

  @Override
  public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
    return flags.contains(ASTHelpers.getSymbol(tree));
  }

  @Override
  public Boolean visitMemberSelect(MemberSelectTree tree, Void unused) {
    return flags.contains(ASTHelpers.getSymbol(tree))
        || Boolean.TRUE.equals(super.visitMemberSelect(tree, unused));
  }

  @Override
  public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    boolean arguments = Boolean.TRUE.equals(super.visitMethodInvocation(tree, unused));
    MethodTree helper = ownBooleanHelper.apply(tree);
    if (arguments || helper == null || !helpersRead.add(helper)) {
      return arguments;
    }
    // The helper's own throws are not this body's: only its reads count.
    return Boolean.TRUE.equals(
        new FlagReads(flags, ownBooleanHelper, helpersRead).scan(helper.getBody(), null));
  }

  @Override
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
