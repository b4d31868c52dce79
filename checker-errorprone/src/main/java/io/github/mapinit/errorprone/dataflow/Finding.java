package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import io.github.mapinit.policy.Trace;
import java.util.Optional;

/**
 * One report: where it goes, what it says, and the declaration a fix would initialise.
 *
 * @param tree the write or read that would throw
 * @param host the method (or class, for initialisers) whose match reports it
 * @param trace the engine-neutral account of the path
 * @param fixableDeclaration the field declaration to give an initialiser, when that fix is safe
 */
public record Finding(
    Tree tree, Tree host, Trace trace, Optional<VariableTree> fixableDeclaration) {}
