package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.Set;

/**
 * Whether a body reads one of its class's flag fields. Such a body needs its graph even when it
 * touches no map: where it returns it may leave the flag with one value ({@code ensureOpen()} that
 * throws when {@code closed} returns only with it false), which its callers learn.
 */
final class FlagReads extends TreeScanner<Boolean, Void> {

  private final Set<? extends Symbol> flags;

  private FlagReads(Set<? extends Symbol> flags) {
    this.flags = flags;
  }

  static boolean in(Tree body, Set<? extends Symbol> flags) {
    return !flags.isEmpty() && Boolean.TRUE.equals(new FlagReads(flags).scan(body, null));
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
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
