package probe25;

import java.util.Map;
import java.util.TreeMap;

/**
 * Sparse vector (Mahout / Lucene style). The entry map exists exactly while
 * the vector has non-zero entries, which is what {@code nnz} counts:
 * {@code nnz == 0} if and only if {@code entries == null}.
 */
public final class B35SparseVector {
    private final int dimension;
    private TreeMap<Integer, Double> entries;
    private int nnz;

    public B35SparseVector(int dimension) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive");
        }
        this.dimension = dimension;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= dimension) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0," + dimension + ")");
        }
    }

    public B35SparseVector set(int i, double v) {
        checkIndex(i);
        if (v == 0.0) {
            if (nnz == 0) {
                return this;
            }
            if (entries.remove(i) != null && --nnz == 0) {
                entries = null;
            }
            return this;
        }
        if (nnz == 0) {
            entries = new TreeMap<>();
        }
        if (entries.put(i, v) == null) {
            nnz++;
        }
        return this;
    }

    public double get(int i) {
        checkIndex(i);
        if (nnz == 0) {
            return 0.0;
        }
        Double v = entries.get(i);
        return v == null ? 0.0 : v;
    }

    public int nonZeroCount() {
        return nnz;
    }

    public double dot(B35SparseVector other) {
        if (dimension != other.dimension) {
            throw new IllegalArgumentException("dimension mismatch");
        }
        if (nnz == 0 || other.nnz == 0) {
            return 0.0;
        }
        B35SparseVector small = nnz <= other.nnz ? this : other;
        B35SparseVector large = small == this ? other : this;
        double sum = 0.0;
        for (Map.Entry<Integer, Double> e : small.entries.entrySet()) {
            Double w = large.entries.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    public B35SparseVector scale(double factor) {
        B35SparseVector result = new B35SparseVector(dimension);
        if (nnz > 0) {
            entries.forEach((i, v) -> result.set(i, v * factor));
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof B35SparseVector other) || dimension != other.dimension || nnz != other.nnz) {
            return false;
        }
        if (nnz == 0) {
            return true;
        }
        for (Map.Entry<Integer, Double> e : entries.entrySet()) {
            if (!e.getValue().equals(other.entries.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return nnz == 0 ? dimension : 31 * dimension + entries.hashCode();
    }

    @Override
    public String toString() {
        return "SparseVector(" + dimension + ")" + (nnz == 0 ? "{}" : entries.toString());
    }

    public static void main(String[] args) {
        B35SparseVector a = new B35SparseVector(10);
        B35SparseVector b = new B35SparseVector(10);
        System.out.println(a + " " + a.get(3) + " " + a.dot(b) + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode())
                + " " + a.scale(2) + " " + a.set(4, 0.0).nonZeroCount());
        a.set(1, 2.0).set(5, -1.0).set(9, 4.0);
        b.set(5, 3.0).set(1, 1.0);
        System.out.println(a + " " + a.dot(b) + " " + b.dot(a) + " " + a.norm() + " " + a.get(5) + " " + a.get(2));
        B35SparseVector c = b.scale(2);
        System.out.println(c + " " + c.equals(b) + " " + b.scale(1).equals(b) + " " + a.equals(b) + " " + a.equals("x"));
        a.set(1, 0.0).set(5, 0.0).set(9, 0.0).set(9, 0.0);
        System.out.println(a + " " + a.nonZeroCount() + " " + a.equals(new B35SparseVector(10)) + " " + a.dot(b)
                + " " + b.scale(0.0) + " " + b.scale(0.0).equals(a) + " " + a.hashCode());
    }
}
