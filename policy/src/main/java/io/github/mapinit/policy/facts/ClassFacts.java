package io.github.mapinit.policy.facts;

import java.util.List;
import java.util.Optional;

/**
 * One class as an engine sees it: its tracked fields and its bodies, with the facts the rules of
 * spec sections 4 to 8 decide from.
 *
 * @param simpleName the class's simple name, as messages name it
 * @param isSerializable a subtype of {@code java.io.Serializable}
 * @param isExternalizable a subtype of {@code java.io.Externalizable}
 * @param fields the tracked fields, in declaration order
 * @param bodies constructors, methods and the class initialisation, in declaration order
 */
public record ClassFacts(
    String simpleName,
    boolean isAbstract,
    boolean isFinal,
    boolean isEnum,
    boolean isRecord,
    boolean isSerializable,
    boolean isExternalizable,
    List<FieldFacts> fields,
    List<BodyFacts> bodies) {

  public ClassFacts {
    fields = List.copyOf(fields);
    bodies = List.copyOf(bodies);
  }

  public Optional<FieldFacts> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  public Optional<BodyFacts> body(String key) {
    return bodies.stream().filter(b -> b.key().equals(key)).findFirst();
  }

  public List<BodyFacts> bodiesOfKind(BodyKind kind) {
    return bodies.stream().filter(b -> b.kind() == kind).toList();
  }
}
