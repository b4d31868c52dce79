package io.github.mapinit.policy.facts;

/**
 * One tracked field as an engine sees it.
 *
 * @param key identifies the field within its class (its name)
 * @param name the field's name
 * @param declaredType the declared type's qualified name, erased
 * @param declarationLine the line of its declaration, or 0 where the engine cannot know it
 * @param hasInitializer whether it is assigned at its declaration
 * @param externallyInitialised a framework or code outside the class is known to assign it
 */
public record FieldFacts(
    String key,
    String name,
    String declaredType,
    boolean isStatic,
    boolean isFinal,
    boolean isTransient,
    int declarationLine,
    boolean hasInitializer,
    boolean externallyInitialised) {}
