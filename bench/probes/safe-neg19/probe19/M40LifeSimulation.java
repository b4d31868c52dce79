package probe19;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Conway's Game of Life on an unbounded grid with double-buffered generations. */
public class M40LifeSimulation {
    public record Cell(int x, int y) {}

    private Map<Cell, Integer> current;
    private Map<Cell, Integer> next;
    private int generation;

    public M40LifeSimulation() {
        current = new HashMap<>();
    }

    public void seed(int x, int y) {
        current.put(new Cell(x, y), 0);
    }

    public void step() {
        Map<Cell, Integer> neighbourCounts = new HashMap<>();
        for (Cell c : current.keySet()) {
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    if (dx != 0 || dy != 0) {
                        neighbourCounts.merge(new Cell(c.x() + dx, c.y() + dy), 1, Integer::sum);
                    }
                }
            }
        }
        next = new HashMap<>();
        for (Map.Entry<Cell, Integer> e : neighbourCounts.entrySet()) {
            Integer age = current.get(e.getKey());
            int n = e.getValue();
            if (n == 3 || (n == 2 && age != null)) {
                next.put(e.getKey(), age == null ? 0 : age + 1);
            }
        }
        current = next;
        next = null;
        generation++;
    }

    public boolean alive(int x, int y) {
        return current.containsKey(new Cell(x, y));
    }

    public int population() {
        return current.size();
    }

    public Map<Integer, Integer> ageHistogram() {
        Map<Integer, Integer> histogram = new TreeMap<>();
        current.values().forEach(age -> histogram.merge(age, 1, Integer::sum));
        return histogram;
    }

    public void clear() {
        current = new HashMap<>();
        generation = 0;
    }

    public int generation() {
        return generation;
    }

    public static void main(String[] args) {
        M40LifeSimulation life = new M40LifeSimulation();
        life.step();
        System.out.println(life.population() + " gen=" + life.generation());
        life.seed(0, 0);
        life.seed(1, 0);
        life.seed(2, 0);
        life.step();
        System.out.println(life.alive(1, 1) + " " + life.alive(0, 0) + " " + life.population());
        life.step();
        life.step();
        System.out.println(life.ageHistogram() + " gen=" + life.generation());
        life.clear();
        life.clear();
        for (int[] p : new int[][] {{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}) {
            life.seed(p[0], p[1]);
        }
        for (int i = 0; i < 4; i++) {
            life.step();
        }
        System.out.println(life.population() + " " + life.alive(2, 3) + " " + life.ageHistogram());
    }
}
