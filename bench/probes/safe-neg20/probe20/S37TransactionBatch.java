package probe20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class S37TransactionBatch {
    record Txn(String id, String account, long amountCents) { }

    private LinkedHashMap<String, Txn> byId;
    private HashMap<String, List<Txn>> byAccount;

    public void begin() {
        byId = new LinkedHashMap<>();
        byAccount = new HashMap<>();
    }

    public boolean add(Txn t) {
        if (byId == null) {
            return false;
        }
        if (byId.putIfAbsent(t.id(), t) != null) {
            return false;
        }
        byAccount.computeIfAbsent(t.account(), a -> new ArrayList<>()).add(t);
        return true;
    }

    public long netFor(String account) {
        if (byId == null) {
            return 0;
        }
        long sum = 0;
        for (Txn t : byAccount.getOrDefault(account, List.of())) {
            sum += t.amountCents();
        }
        return sum;
    }

    public boolean cancel(String id) {
        if (byId == null) {
            return false;
        }
        Txn t = byId.remove(id);
        if (t == null) {
            return false;
        }
        List<Txn> list = byAccount.get(t.account());
        list.remove(t);
        if (list.isEmpty()) {
            byAccount.remove(t.account());
        }
        return true;
    }

    public List<Txn> commit() {
        if (byId == null) {
            return List.of();
        }
        List<Txn> out = new ArrayList<>(byId.values());
        byId = null;
        byAccount = null;
        return out;
    }

    public static void main(String[] args) {
        S37TransactionBatch batch = new S37TransactionBatch();
        System.out.println("add before begin: " + batch.add(new Txn("t0", "acc-1", 100)));
        System.out.println("net before begin: " + batch.netFor("acc-1") + " cancel=" + batch.cancel("t0"));
        batch.begin();
        batch.add(new Txn("t1", "acc-1", 2_500));
        batch.add(new Txn("t2", "acc-2", -700));
        batch.add(new Txn("t3", "acc-1", -300));
        System.out.println("dup add: " + batch.add(new Txn("t1", "acc-9", 1)));
        System.out.println("net acc-1=" + batch.netFor("acc-1") + " acc-2=" + batch.netFor("acc-2"));
        System.out.println("cancel t2=" + batch.cancel("t2") + " cancel t2 again=" + batch.cancel("t2"));
        System.out.println("net acc-2=" + batch.netFor("acc-2"));
        System.out.println("committed: " + batch.commit());
        System.out.println("commit again: " + batch.commit() + " net=" + batch.netFor("acc-1"));
        System.out.println("cancel after commit: " + batch.cancel("t1"));
    }
}
