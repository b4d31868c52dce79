package probe26;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approval workflow of an expense-management system. A request is open while decisions are
 * outstanding; the boolean {@code open} is kept in step with the decision table (open is true
 * exactly when the table is non-null), and methods test the flag before using the table.
 */
public final class D36ExpenseApprovalWorkflow {

    public enum Decision { PENDING, APPROVED, REJECTED }

    private final String expenseId;
    private final long amountCents;
    private boolean open;                   // true exactly while decisions != null
    private Map<String, Decision> decisions; // approver -> decision, only while open
    private final List<String> comments = new ArrayList<>();
    private String outcome = "DRAFT";

    public D36ExpenseApprovalWorkflow(String expenseId, long amountCents) {
        this.expenseId = expenseId;
        this.amountCents = amountCents;
    }

    public boolean submit(List<String> approvers) {
        if (open) {
            return false;
        }
        Map<String, Decision> table = new LinkedHashMap<>();
        for (String a : approvers) {
            if (a != null) {
                table.put(a, Decision.PENDING);
            }
        }
        if (table.isEmpty()) {
            return false;
        }
        decisions = table;
        open = true;
        outcome = "PENDING";
        return true;
    }

    public boolean decide(String approver, boolean approve, String comment) {
        if (!open) {
            return false;
        }
        if (decisions.get(approver) != Decision.PENDING) {
            return false;
        }
        decisions.put(approver, approve ? Decision.APPROVED : Decision.REJECTED);
        comments.add(approver + ": " + comment);
        if (!approve) {
            finish("REJECTED");
        } else if (!decisions.containsValue(Decision.PENDING)) {
            finish("APPROVED");
        }
        return true;
    }

    public void withdraw() {
        if (open) {
            finish("WITHDRAWN");
        }
    }

    private void finish(String result) {
        outcome = result;
        open = false;
        decisions = null;
    }

    public List<String> pendingApprovers() {
        if (!open) {
            return List.of();
        }
        return decisions.entrySet().stream()
                .filter(e -> e.getValue() == Decision.PENDING)
                .map(Map.Entry::getKey)
                .toList();
    }

    public int progressPercent() {
        if (!open) {
            return "APPROVED".equals(outcome) ? 100 : 0;
        }
        long done = decisions.values().stream().filter(d -> d != Decision.PENDING).count();
        return (int) (100 * done / decisions.size());
    }

    public String outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return expenseId + " (" + amountCents + "c) " + outcome + " " + progressPercent() + "% " + comments;
    }

    public static void main(String[] args) {
        D36ExpenseApprovalWorkflow w = new D36ExpenseApprovalWorkflow("EXP-7", 125_00);
        System.out.println(w + " " + w.decide("ann", true, "ok") + " " + w.pendingApprovers() + " " + w.submit(List.of()));
        w.withdraw();
        System.out.println(w.submit(List.of("ann", "bob", "cy")) + " " + w.submit(List.of("x")) + " " + w.pendingApprovers());
        System.out.println(w.decide("ann", true, "fine") + " " + w.decide("ann", true, "again") + " " + w.decide("zed", true, "?"));
        System.out.println(w + " " + w.pendingApprovers());
        System.out.println(w.decide("bob", false, "over budget") + " " + w + " " + w.pendingApprovers() + " " + w.decide("cy", true, "late"));
        System.out.println(w.submit(List.of("cy")) + " " + w.decide("cy", true, "ok") + " " + w.outcome() + " " + w.progressPercent());
        D36ExpenseApprovalWorkflow w2 = new D36ExpenseApprovalWorkflow("EXP-8", 5_00);
        w2.submit(List.of("dee"));
        w2.withdraw();
        System.out.println(w2 + " " + w2.progressPercent());
    }
}
