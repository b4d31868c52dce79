package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.Set;

/**
 * Whether a body reads one of its class's flag fields and can throw. Such a body needs its graph
 * even when it touches no map: where it returns it may leave the flag with one value without
 * assigning it ({@code ensureOpen()} that throws when {@code closed} returns only with it false),
 * which its callers learn. (A body that assigns the flag is analysed anyway.)
 */
final class FlagReads extends TreeScanner<Boolean, Void> {

  private final Set<? extends Symbol> flags;

  private FlagReads(Set<? extends Symbol> flags) {
    this.flags = flags;
  }

  static boolean in(Tree body, Set<? extends Symbol> flags) {
    FlagReads reads = new FlagReads(flags);
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
  public Boolean reduce(Boolean a, Boolean b) {
    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
  }
}
