package io.github.mapinit.errorprone.dataflow;

import com.sun.source.tree.MemberSelectTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import org.checkerframework.errorprone.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.errorprone.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.errorprone.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.errorprone.dataflow.cfg.node.Node;
import org.checkerframework.errorprone.dataflow.cfg.node.ThisNode;
import org.jspecify.annotations.Nullable;

/** Which access paths of the dataflow graph are tracked places, and which places they are. */
final class TrackedPlaces {

  private final ClassIndex index;
  private final JavacPolicy policy;

  TrackedPlaces(ClassIndex index, JavacPolicy policy) {
    this.index = index;
    this.policy = policy;
  }

  /** The tracked place that {@code node} reads or writes, or null if it is not tracked. */
  @Nullable Place placeOf(Node node) {
    if (node instanceof LocalVariableNode) {
      Element element = ((LocalVariableNode) node).getElement();
      return element instanceof VarSymbol && policy.isTracked(((VarSymbol) element).type)
          ? Place.local((VarSymbol) element)
          : null;
    }
    if (node instanceof MethodInvocationNode call
        && call.getTarget().getMethod() instanceof MethodSymbol method) {
      // Policy FieldAccessors: `tariff.rates()` reads `tariff.rates`.
      VarSymbol field = index.fieldReadBy(method);
      return field == null ? null : fieldThrough(call.getTarget().getReceiver(), field);
    }
    if (!(node instanceof FieldAccessNode)) {
      return null;
    }
    FieldAccessNode access = (FieldAccessNode) node;
    if (!(access.getElement() instanceof VarSymbol)) {
      return null;
    }
    VarSymbol field = (VarSymbol) access.getElement();
    if (!index.isTrackedField(field)) {
      return null;
    }
    if (field.isStatic()) {
      return Place.staticField(field);
    }
    return fieldThrough(access.getReceiver(), field);
  }

  /** The place of the instance field {@code field} of the object {@code receiver} reads. */
  private static @Nullable Place fieldThrough(Node receiver, VarSymbol field) {
    if (receiver instanceof ThisNode || isQualifiedThis(receiver)) {
      return Place.thisField(field);
    }
    VarSymbol held = heldObject(receiver);
    return held == null ? null : Place.otherField(held, field);
  }

  /**
   * The variable that holds the object {@code receiver} reads, when it names one object for as long
   * as it is not assigned (spec 6, other.f): a local, or a final field of this ({@code
   * this.root.kids}).
   */
  static @Nullable VarSymbol heldObject(Node receiver) {
    if (receiver instanceof LocalVariableNode local && local.getElement() instanceof VarSymbol v) {
      return v;
    }
    if (receiver instanceof FieldAccessNode holder
        && holder.getElement() instanceof VarSymbol held
        && !held.isStatic()
        && (held.flags() & Flags.FINAL) != 0
        && (holder.getReceiver() instanceof ThisNode || isQualifiedThis(holder.getReceiver()))) {
      return held;
    }
    return null;
  }

  /** The boolean flag that {@code node} reads or writes, or null if it cannot be followed. */
  static @Nullable VarSymbol flagOf(Node node) {
    if (node instanceof LocalVariableNode local) {
      return local.getElement() instanceof VarSymbol variable && isBoolean(variable)
          ? variable
          : null;
    }
    if (node instanceof FieldAccessNode access
        && access.getElement() instanceof VarSymbol field
        && isBoolean(field)
        && (field.isStatic() || access.getReceiver() instanceof ThisNode)) {
      return field;
    }
    return null;
  }

  /**
   * The variable of a reference type that {@code node} reads or writes, or null: its nullness is a
   * flag too, true where it holds an object (spec 8, correlated conditions). A local or a
   * parameter, or an instance field of the running object. A map field is also a place; as a flag
   * it keeps what its tests say of other places ({@code if (a == null && b == null) return;} leaves
   * {@code b} non-null where {@code a} is null), and a sibling map vouches across methods through
   * {@code CorrelatedGuards}.
   */
  @Nullable VarSymbol referenceFlagOf(Node node) {
    if (node instanceof LocalVariableNode local) {
      return local.getElement() instanceof VarSymbol variable && !variable.type.isPrimitive()
          ? variable
          : null;
    }
    return node instanceof FieldAccessNode access
            && access.getElement() instanceof VarSymbol field
            && !field.isStatic()
            && !field.type.isPrimitive()
            && access.getReceiver() instanceof ThisNode
        ? field
        : null;
  }

  private static boolean isBoolean(VarSymbol variable) {
    return variable.type.getKind() == TypeKind.BOOLEAN;
  }

  /** {@code Outer.this}: an inner class's enclosing instance, fully constructed. */
  private static boolean isQualifiedThis(Node receiver) {
    return receiver.getTree() instanceof MemberSelectTree
        && ((MemberSelectTree) receiver.getTree()).getIdentifier().contentEquals("this");
  }
}
