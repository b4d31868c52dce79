package io.github.mapinit.policy.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One class as an engine sees it: its tracked fields and its bodies, with the facts the rules of
 * spec sections 4 to 8 decide from. Fields and bodies are found by key in constant time: the rules
 * ask once per use.
 */
public final class ClassFacts {

  private final String simpleName;
  private final boolean isAbstract;
  private final boolean isFinal;
  private final boolean isEnum;
  private final boolean isRecord;
  private final boolean isSerializable;
  private final boolean isExternalizable;
  private final List<FieldFacts> fields;
  private final List<BodyFacts> bodies;
  private final Map<String, FieldFacts> fieldsByKey = new LinkedHashMap<>();
  private final Map<String, BodyFacts> bodiesByKey = new LinkedHashMap<>();

  /**
   * @param simpleName the class's simple name, as messages name it
   * @param isSerializable a subtype of {@code java.io.Serializable}
   * @param isExternalizable a subtype of {@code java.io.Externalizable}
   * @param fields the tracked fields, in declaration order
   * @param bodies constructors, methods and the class initialisation, in declaration order
   */
  public ClassFacts(
      String simpleName,
      boolean isAbstract,
      boolean isFinal,
      boolean isEnum,
      boolean isRecord,
      boolean isSerializable,
      boolean isExternalizable,
      List<FieldFacts> fields,
      List<BodyFacts> bodies) {
    this.simpleName = simpleName;
    this.isAbstract = isAbstract;
    this.isFinal = isFinal;
    this.isEnum = isEnum;
    this.isRecord = isRecord;
    this.isSerializable = isSerializable;
    this.isExternalizable = isExternalizable;
    this.fields = List.copyOf(fields);
    this.bodies = List.copyOf(bodies);
    this.fields.forEach(f -> fieldsByKey.putIfAbsent(f.key(), f));
    this.bodies.forEach(b -> bodiesByKey.putIfAbsent(b.key(), b));
  }

  public String simpleName() {
    return simpleName;
  }

  public boolean isAbstract() {
    return isAbstract;
  }

  public boolean isFinal() {
    return isFinal;
  }

  public boolean isEnum() {
    return isEnum;
  }

  public boolean isRecord() {
    return isRecord;
  }

  public boolean isSerializable() {
    return isSerializable;
  }

  public boolean isExternalizable() {
    return isExternalizable;
  }

  public List<FieldFacts> fields() {
    return fields;
  }

  public List<BodyFacts> bodies() {
    return bodies;
  }

  public Optional<FieldFacts> field(String key) {
    return Optional.ofNullable(fieldsByKey.get(key));
  }

  public Optional<BodyFacts> body(String key) {
    return Optional.ofNullable(bodiesByKey.get(key));
  }

  public List<BodyFacts> bodiesOfKind(BodyKind kind) {
    return bodies.stream().filter(b -> b.kind() == kind).toList();
  }
}
