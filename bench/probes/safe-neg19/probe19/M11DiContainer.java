package probe19;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Minimal dependency injection container assembled through a one-shot builder. */
public class M11DiContainer {
    private final Map<Class<?>, Supplier<?>> providers;
    private final Map<Class<?>, Object> singletons;

    private M11DiContainer(Map<Class<?>, Supplier<?>> providers) {
        this.providers = new HashMap<>(providers);
        this.singletons = new HashMap<>();
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized <T> Optional<T> find(Class<T> type) {
        Object existing = singletons.get(type);
        if (existing == null) {
            Supplier<?> supplier = providers.get(type);
            if (supplier == null) {
                return Optional.empty();
            }
            existing = supplier.get();
            singletons.put(type, existing);
        }
        return Optional.of(type.cast(existing));
    }

    public int boundTypes() {
        return providers.size();
    }

    public static final class Builder {
        private Map<Class<?>, Supplier<?>> bindings = new LinkedHashMap<>();
        private boolean built;
        private M11DiContainer result;
        private final List<String> problems = new ArrayList<>();

        public <T> Builder bind(Class<T> type, Supplier<? extends T> supplier) {
            if (built) {
                problems.add("ignored late binding of " + type.getSimpleName());
                return this;
            }
            bindings.put(Objects.requireNonNull(type), Objects.requireNonNull(supplier));
            return this;
        }

        public M11DiContainer build() {
            if (built) {
                return result;
            }
            for (Class<?> type : bindings.keySet()) {
                if (type.isPrimitive()) {
                    problems.add("primitive binding dropped: " + type);
                }
            }
            bindings.keySet().removeIf(Class::isPrimitive);
            result = new M11DiContainer(bindings);
            bindings = null;
            built = true;
            return result;
        }

        public List<String> problems() {
            return List.copyOf(problems);
        }
    }

    interface Clock { long now(); }

    record Greeter(String greeting) {}

    public static void main(String[] args) {
        Builder builder = M11DiContainer.builder()
                .bind(Clock.class, () -> () -> 42L)
                .bind(Greeter.class, () -> new Greeter("hello"))
                .bind(int.class, () -> 7);
        M11DiContainer container = builder.build();
        System.out.println(container.find(Greeter.class).map(Greeter::greeting).orElse("?")
                + " " + container.find(Clock.class).map(Clock::now).orElse(0L)
                + " " + container.find(String.class).isPresent());
        System.out.println((container.find(Greeter.class).get() == container.find(Greeter.class).get()) + " " + container.boundTypes());
        builder.bind(String.class, () -> "late");
        System.out.println((builder.build() == container) + " " + builder.problems());
        System.out.println(M11DiContainer.builder().build().boundTypes());
    }
}
