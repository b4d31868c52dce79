package probe28;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Floating-license manager for a CAD desktop suite. Seat counts are loaded
 * from a license file. requireLoaded() is a void helper that always throws
 * when the map is absent, so code after a call to it sees a non-null map.
 */
public class H36LicenseManager {
    private final String customer;
    private HashMap<String, Integer> freeSeats; // feature -> free seats; null until loaded
    private int denials;

    public H36LicenseManager(String customer) {
        this.customer = customer;
    }

    public void load(String licenseText) {
        HashMap<String, Integer> seats = new HashMap<>();
        for (String line : licenseText.split("\n")) {
            String[] kv = line.split("=");
            if (kv.length == 2) {
                seats.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
            }
        }
        freeSeats = seats;
    }

    public void revoke() {
        freeSeats = null;
    }

    private void requireLoaded() {
        if (freeSeats == null) {
            throw new IllegalStateException("no license loaded for " + customer);
        }
    }

    public boolean checkout(String feature) {
        requireLoaded();
        int free = freeSeats.getOrDefault(feature, 0);
        if (free == 0) {
            denials++;
            return false;
        }
        freeSeats.put(feature, free - 1);
        return true;
    }

    public void checkin(String feature) {
        requireLoaded();
        freeSeats.computeIfPresent(feature, (f, n) -> n + 1);
    }

    public Map<String, Integer> availability() {
        requireLoaded();
        return new TreeMap<>(freeSeats);
    }

    public boolean isLoaded() {
        return freeSeats != null;
    }

    public int denials() {
        return denials;
    }

    private static boolean throwsIse(Runnable r) {
        try {
            r.run();
        } catch (IllegalStateException expected) {
            return true;
        }
        return false;
    }

    public static void main(String[] args) {
        H36LicenseManager lm = new H36LicenseManager("acme-eng");
        assert !lm.isLoaded();
        assert throwsIse(() -> lm.checkout("solver"));
        assert throwsIse(() -> lm.checkin("solver"));
        assert throwsIse(lm::availability);
        lm.load("solver=1\nrender = 2\ngarbage\n");
        assert lm.isLoaded();
        assert lm.checkout("solver");
        assert !lm.checkout("solver");
        assert !lm.checkout("plotter");
        lm.checkin("solver");
        lm.checkin("plotter");
        assert lm.availability().equals(Map.of("solver", 1, "render", 2)) : lm.availability();
        lm.revoke();
        assert throwsIse(() -> lm.checkout("render"));
        assert lm.denials() == 2;
        System.out.println("denials=" + lm.denials());
    }
}
