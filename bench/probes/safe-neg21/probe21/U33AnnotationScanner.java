package probe21;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds an annotation index with a visitor. The private IndexingVisitor keeps the per-type
 * map in a field that is non-null only between visitType and visitEnd. It is created only in
 * scan() and only handed to Type.accept, a final record method that always calls visitType
 * first and visitEnd last, so visitMember and visitEnd never see a null map.
 */
public final class U33AnnotationScanner {

    public interface TypeVisitor {
        void visitType(String name);

        void visitMember(String name, List<String> annotations);

        void visitEnd();
    }

    public record Member(String name, List<String> annotations) {
        public Member {
            annotations = annotations == null ? List.of() : List.copyOf(annotations);
        }
    }

    public record Type(String name, List<Member> members) {
        public Type {
            members = members == null ? List.of() : List.copyOf(members);
        }

        public void accept(TypeVisitor visitor) {
            visitor.visitType(name);
            for (Member m : members) {
                visitor.visitMember(m.name(), m.annotations());
            }
            visitor.visitEnd();
        }
    }

    private static final class IndexingVisitor implements TypeVisitor {
        private final Map<String, Map<String, List<String>>> result = new TreeMap<>();
        private Map<String, List<String>> currentType;
        private String typeName;

        @Override
        public void visitType(String name) {
            typeName = name;
            currentType = new TreeMap<>();
        }

        @Override
        public void visitMember(String name, List<String> annotations) {
            for (String annotation : annotations) {
                currentType.computeIfAbsent(annotation, a -> new ArrayList<>()).add(name);
            }
        }

        @Override
        public void visitEnd() {
            if (!currentType.isEmpty()) {
                result.put(typeName, currentType);
            }
            currentType = null;
        }
    }

    public static Map<String, Map<String, List<String>>> scan(List<Type> types) {
        IndexingVisitor visitor = new IndexingVisitor();
        for (Type t : types) {
            t.accept(visitor);
        }
        return visitor.result;
    }

    public static void main(String[] args) {
        List<Type> types = List.of(
                new Type("OrderController", List.of(
                        new Member("list", List.of("GetMapping", "Transactional")),
                        new Member("create", List.of("PostMapping", "Transactional")),
                        new Member("helper", null))),
                new Type("Plain", null),
                new Type("OrderRepository", List.of(new Member("findAll", List.of("Query")))));
        System.out.println(scan(types));
        System.out.println(scan(List.of()));
        types.get(0).accept(new TypeVisitor() {
            @Override
            public void visitType(String name) {
                System.out.print(name + ":");
            }

            @Override
            public void visitMember(String name, List<String> annotations) {
                System.out.print(" " + name + annotations);
            }

            @Override
            public void visitEnd() {
                System.out.println();
            }
        });
    }
}
