package probe37;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Compiler semantic check that reports duplicate members per class. A walker drives a visitor
 * with balanced enterClass()/exitClass() calls (exit in a finally block); the visitor allocates
 * its member table in enterClass(), drops it in exitClass(), and visitMember() uses it unguarded.
 * Visitor and walker are private, so the only public entry point is MemberChecker.check().
 */
public class SG30MemberChecker {

    record Member(String name, String kind) {
        Member {
            if (name == null || kind == null) {
                throw new IllegalArgumentException("member name and kind required");
            }
        }
    }

    record ClassDecl(String name, List<Member> members, List<ClassDecl> nested) {
        ClassDecl {
            if (name == null || members == null || nested == null
                    || members.stream().anyMatch(m -> m == null) || nested.stream().anyMatch(c -> c == null)) {
                throw new IllegalArgumentException("malformed class declaration " + name);
            }
            members = List.copyOf(members);
            nested = List.copyOf(nested);
        }
    }

    private interface ClassVisitor {
        void enterClass(ClassDecl decl);

        void visitMember(Member member);

        void exitClass(ClassDecl decl);
    }

    private static final class DuplicateMemberVisitor implements ClassVisitor {
        private static final Set<String> KINDS = Set.of("field", "method");
        private final List<String> diagnostics = new ArrayList<>();
        private HashMap<String, String> members; // member name -> kind; only between enter and exit
        private String currentClass = "";

        public void enterClass(ClassDecl decl) {
            members = new HashMap<>();
            currentClass = decl.name();
        }

        public void visitMember(Member member) {
            if (!KINDS.contains(member.kind())) {
                throw new IllegalArgumentException("unknown member kind " + member.kind());
            }
            String previous = members.putIfAbsent(member.name(), member.kind());
            if (previous != null) {
                diagnostics.add(currentClass + "." + member.name() + " already defined as " + previous);
            }
        }

        public void exitClass(ClassDecl decl) {
            members = null;
            currentClass = "";
        }
    }

    /** Visits each class between enter/exit; nested classes are walked after their parent exits. */
    private static void walk(ClassDecl decl, ClassVisitor visitor) {
        visitor.enterClass(decl);
        try {
            for (Member m : decl.members()) {
                visitor.visitMember(m);
            }
        } finally {
            visitor.exitClass(decl);
        }
        for (ClassDecl inner : decl.nested()) {
            walk(inner, visitor);
        }
    }

    static final class MemberChecker {
        private final DuplicateMemberVisitor visitor = new DuplicateMemberVisitor();

        public List<String> check(ClassDecl root) {
            if (root == null) {
                throw new IllegalArgumentException("no compilation unit");
            }
            int before = visitor.diagnostics.size();
            walk(root, visitor);
            return List.copyOf(visitor.diagnostics.subList(before, visitor.diagnostics.size()));
        }

        public int totalDiagnostics() {
            return visitor.diagnostics.size();
        }
    }

    public static void main(String[] args) {
        MemberChecker checker = new MemberChecker();
        ClassDecl inner = new ClassDecl("Outer.Inner", List.of(new Member("x", "field"), new Member("x", "method")), List.of());
        ClassDecl outer = new ClassDecl("Outer",
                List.of(new Member("x", "field"), new Member("run", "method"), new Member("run", "method")), List.of(inner));
        ClassDecl bad = new ClassDecl("Bad", List.of(new Member("y", "field"), new Member("z", "macro")), List.of());

        // Phase 1: before the map exists.
        check(checker.totalDiagnostics() == 0, "nothing checked yet");
        expect(IllegalArgumentException.class, () -> checker.check(null));
        expect(IllegalArgumentException.class, () -> new ClassDecl("C", null, List.of()));

        // Phase 2: while it exists (one table per class, nested class gets its own).
        List<String> found = checker.check(outer);
        check(found.equals(List.of("Outer.run already defined as method", "Outer.Inner.x already defined as field")),
                found.toString());

        // Phase 3: after it has been dropped; two walks fail halfway and exit() still runs.
        expect(IllegalArgumentException.class, () -> checker.check(bad));
        expect(IllegalArgumentException.class, () -> checker.check(bad));

        // Phase 4: after it has been created again.
        ClassDecl clean = new ClassDecl("Clean", List.of(new Member("y", "field"), new Member("y", "method")), List.of());
        check(checker.check(clean).equals(List.of("Clean.y already defined as field")), "fresh table per class");
        check(checker.check(new ClassDecl("Empty", List.of(), List.of())).isEmpty(), "empty class");
        check(checker.totalDiagnostics() == 3, "three diagnostics overall");
        System.out.println("SG30MemberChecker ok");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static void expect(Class<? extends RuntimeException> type, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!type.isInstance(e)) {
                throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
            }
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName() + " to be thrown");
    }
}
