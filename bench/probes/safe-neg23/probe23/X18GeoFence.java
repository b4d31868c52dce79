package probe23;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named geo fence with optional zones (zone name to radius in metres). Uses
 * {@link Externalizable} with a presence flag, so a fence without zones is written without a map
 * and read back with a null one. Not thread-safe.
 */
public final class X18GeoFence implements Externalizable {

    private static final long serialVersionUID = 1L;

    private String name;
    private TreeMap<String, Double> radii;

    /** Required by {@link Externalizable}. */
    public X18GeoFence() {
        this.name = "";
    }

    public X18GeoFence(String name) {
        this.name = name == null ? "" : name;
    }

    public X18GeoFence zone(String zone, double radiusMetres) {
        if (zone == null || !(radiusMetres > 0)) {
            throw new IllegalArgumentException("zone needs a name and a positive radius");
        }
        if (radii == null) {
            radii = new TreeMap<>();
        }
        radii.put(zone, radiusMetres);
        return this;
    }

    public double radius(String zone) {
        if (radii == null || zone == null) {
            return 0;
        }
        return radii.getOrDefault(zone, 0.0);
    }

    public int zoneCount() {
        return radii == null ? 0 : radii.size();
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeUTF(name);
        boolean present = radii != null;
        out.writeBoolean(present);
        if (present) {
            out.writeInt(radii.size());
            for (Map.Entry<String, Double> e : radii.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeDouble(e.getValue());
            }
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        name = in.readUTF();
        if (!in.readBoolean()) {
            radii = null;
            return;
        }
        int n = in.readInt();
        TreeMap<String, Double> read = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            read.put(in.readUTF(), in.readDouble());
        }
        radii = read;
    }

    @Override
    public String toString() {
        return "GeoFence{" + name + (radii == null ? "" : ", " + radii) + "}";
    }

    private static X18GeoFence roundTrip(X18GeoFence fence) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(fence);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (X18GeoFence) in.readObject();
        }
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        X18GeoFence bare = new X18GeoFence("warehouse");
        X18GeoFence copy = roundTrip(bare);
        System.out.println(copy + " zones=" + copy.zoneCount() + " dock=" + copy.radius("dock"));

        X18GeoFence zoned = new X18GeoFence("campus").zone("north", 120).zone("south", 80.5);
        X18GeoFence zonedCopy = roundTrip(zoned);
        System.out.println(zonedCopy + " zones=" + zonedCopy.zoneCount() + " south=" + zonedCopy.radius("south"));

        X18GeoFence viaNoArg = new X18GeoFence();
        System.out.println(viaNoArg + " zones=" + viaNoArg.zoneCount() + " x=" + viaNoArg.radius("x"));
        viaNoArg.zone("any", 1);
        System.out.println(roundTrip(viaNoArg));
    }
}
