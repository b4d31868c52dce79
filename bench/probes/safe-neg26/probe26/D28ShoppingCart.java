package probe26;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Shopping cart of an online shop. Coupons are rare, so the coupon table is only created
 * when one is applied; the copy constructor (used for checkout snapshots) preserves
 * "no coupons" as null.
 */
public final class D28ShoppingCart {

    public record Line(String sku, int qty, long unitCents) {}

    private final String customerId;
    private final Map<String, Line> lines;
    private Map<String, Integer> couponPercents; // null until a coupon is applied
    private String note;

    public D28ShoppingCart(String customerId) {
        this.customerId = customerId;
        this.lines = new LinkedHashMap<>();
    }

    public D28ShoppingCart(D28ShoppingCart other) {
        this.customerId = other.customerId;
        this.lines = new LinkedHashMap<>(other.lines);
        this.couponPercents = other.couponPercents == null ? null : new HashMap<>(other.couponPercents);
        this.note = other.note;
    }

    public void add(String sku, int qty, long unitCents) {
        lines.merge(sku, new Line(sku, qty, unitCents), (a, b) -> new Line(sku, a.qty() + b.qty(), b.unitCents()));
    }

    public boolean applyCoupon(String code, int percent) {
        if (code == null || percent <= 0 || percent > 90) {
            return false;
        }
        if (couponPercents == null) {
            couponPercents = new HashMap<>();
        }
        couponPercents.put(code, percent);
        return true;
    }

    public boolean removeCoupon(String code) {
        if (couponPercents == null) {
            return false;
        }
        boolean removed = couponPercents.remove(code) != null;
        if (couponPercents.isEmpty()) {
            couponPercents = null;
        }
        return removed;
    }

    public int bestCouponPercent() {
        int best = 0;
        if (couponPercents != null) {
            for (int p : couponPercents.values()) {
                best = Math.max(best, p);
            }
        }
        return best;
    }

    public long total() {
        long subtotal = lines.values().stream().mapToLong(l -> l.qty() * l.unitCents()).sum();
        return subtotal * (100 - bestCouponPercent()) / 100;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public D28ShoppingCart snapshotForCheckout() {
        return new D28ShoppingCart(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof D28ShoppingCart c)) {
            return false;
        }
        return customerId.equals(c.customerId) && lines.equals(c.lines)
                && Objects.equals(couponPercents, c.couponPercents) && Objects.equals(note, c.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, lines, couponPercents, note);
    }

    @Override
    public String toString() {
        String coupons = couponPercents == null ? "none" : new TreeMap<>(couponPercents).toString();
        return customerId + " " + lines.keySet() + " coupons=" + coupons + " total=" + total() + (note == null ? "" : " note=" + note);
    }

    public static void main(String[] args) {
        D28ShoppingCart cart = new D28ShoppingCart("c-42");
        cart.add("BOOK", 2, 1500);
        cart.add("PEN", 3, 200);
        D28ShoppingCart plain = cart.snapshotForCheckout();
        System.out.println(cart + " | " + plain.equals(cart) + " " + (plain.hashCode() == cart.hashCode()) + " " + cart.removeCoupon("X"));
        System.out.println(cart.applyCoupon("SPRING", 10) + " " + cart.applyCoupon("VIP", 25) + " " + cart.applyCoupon("BAD", 95));
        D28ShoppingCart snap = cart.snapshotForCheckout();
        snap.setNote("gift wrap");
        System.out.println(snap + " | " + snap.equals(cart) + " " + cart.equals(plain) + " " + cart.bestCouponPercent());
        System.out.println(cart.removeCoupon("VIP") + " " + cart.removeCoupon("NOPE") + " " + cart.removeCoupon("SPRING") + " " + cart);
        System.out.println(cart.equals(plain) + " " + plain.bestCouponPercent() + " " + cart.equals("c-42") + " " + snap.total());
    }
}
