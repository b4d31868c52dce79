// Evidence for the verdict of hibernate-core Component:323 in bench/findings.md. Within
// Hibernate, the binder adds every property of a polymorphic embeddable with its declaring class
// (ComponentPropertyHolder.addProperty), which creates `propertyDeclaringClasses`. But
// setDiscriminator, addProperty(Property) and checkColumnDuplication are public: a component made
// polymorphic and then given a property through the one-argument addProperty (which passes no
// declaring class) gets a NullPointerException at line 323. Misuse of a public API, like FileLock
// used before lock(). The building context is a do-nothing proxy; only the calls above matter.
// Run with hibernate-core 6.6.26.Final and its dependencies on the class path (CP: the jars under
// bench/target/corpus/hibernate-core/bin and cp, after `mvn -B -Pcorpus -pl bench generate-resources`):
//   javac -cp "$CP" ComponentPolymorphicPropertyWithoutClass.java
//   java -cp "$CP:." ComponentPolymorphicPropertyWithoutClass
import java.lang.reflect.Proxy;
import java.util.HashSet;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

public class ComponentPolymorphicPropertyWithoutClass {

  /** An implementation of {@code type} whose methods do nothing and return inert values. */
  static <T> T inert(Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> {
              Class<?> result = method.getReturnType();
              if (result == boolean.class) {
                return false;
              }
              if (result.isPrimitive() && result != void.class) {
                return 0;
              }
              return result.isInterface() ? inert(result) : null;
            }));
  }

  public static void main(String[] args) {
    MetadataBuildingContext context = inert(MetadataBuildingContext.class);
    Table table = new Table("test");
    Component component = new Component(context, table, (PersistentClass) null);
    component.setDiscriminator(inert(Value.class));
    Property property = new Property();
    property.setName("name");
    BasicValue value = new BasicValue(context, table);
    value.addColumn(new Column("name"));
    property.setValue(value);
    component.addProperty(property);
    try {
      component.checkColumnDuplication(new HashSet<>(), "owner");
      System.out.println("line 323: no exception");
    } catch (NullPointerException e) {
      System.out.println("line 323: " + e + " at " + e.getStackTrace()[0]);
    }
  }
}
