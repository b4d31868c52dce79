package probe32;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

public final class BG09Ledger {
    private static final String FILE = "BG09Ledger.java";

    static final class Converter {
        private static Map<String, Double> rates = new HashMap<>(Map.of("USD", 1.0, "EUR", 1.1, "GBP", 1.25));

        static void setRates(Map<String, Double> newRates) {
            rates = newRates;
        }

        static boolean supports(String currency) {
            Map<String, Double> r = rates;
            return r != null && r.containsKey(currency);
        }

        static long toBase(String currency, long minor) {
            Double rate = rates.get(currency);
            return rate == null ? minor : Math.round(minor * rate);
        }
    }

    static final class Ledger {
        private final List<String> journal = new ArrayList<>();
        private final Set<String> closedPeriods = new HashSet<>();
        private Map<String, String> currencies;
        private TreeMap<String, Long> balances;
        private Map<String, Long> openingBalances = new HashMap<>();

        void open(String chart) {
            try {
                currencies = parseChart(chart);
                balances = new TreeMap<>();
                for (String account : currencies.keySet()) {
                    balances.put(account, 0L);
                }
            } catch (IllegalArgumentException e) {
                journal.add("chart rejected: " + e.getMessage());
            }
        }

        private static Map<String, String> parseChart(String chart) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String entry : chart.split(",")) {
                String[] parts = entry.strip().split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("malformed account '" + entry + "'");
                }
                out.put(parts[0], parts[1]);
            }
            return out;
        }

        void post(String account, String currency, long minor) {
            long base = Converter.toBase(currency, minor);
            balances.merge(account, base, Long::sum);
            journal.add(account + " " + minor + " " + currency);
        }

        long balance(String account) {
            TreeMap<String, Long> b = balances;
            return b == null ? 0L : b.getOrDefault(account, 0L);
        }

        void closePeriod(String period) {
            closedPeriods.add(period);
        }

        Map<String, Long> closingBalances(String period) {
            if (!closedPeriods.contains(period) || balances == null) {
                return null;
            }
            return new HashMap<>(balances);
        }

        Ledger rollForward(String period) {
            Ledger next = new Ledger();
            next.currencies = currencies;
            next.balances = new TreeMap<>();
            next.openingBalances = closingBalances(period);
            return next;
        }

        long opening(String account) {
            return openingBalances.getOrDefault(account, 0L);
        }

        long carried() {
            Map<String, Long> ob = openingBalances;
            long sum = 0L;
            if (ob != null) {
                for (long v : ob.values()) {
                    sum += v;
                }
            }
            return sum;
        }
    }

    public static void main(String[] args) throws Exception {
        Ledger ledger = new Ledger();
        ledger.open("1000:USD, 2000:EUR, 3000:GBP");
        ledger.post("1000", "USD", 500);
        ledger.post("2000", "EUR", 1000);
        System.out.println("cash=" + ledger.balance("1000") + " eur=" + ledger.balance("2000") + " jpy=" + Converter.supports("JPY"));
        ledger.closePeriod("2024-Q1");
        Ledger q2 = ledger.rollForward("2024-Q1");
        System.out.println("opening=" + q2.opening("2000") + " carried=" + q2.carried() + " fresh=" + new Ledger().opening("1000"));
        Ledger broken = new Ledger();
        broken.open("1000:USD, 2000");
        System.out.println("journal=" + broken.journal + " balance=" + broken.balance("1000"));

        expectNpe(67, () -> broken.post("1000", "USD", 100));

        Converter.setRates(null);
        System.out.println("supports after reset=" + Converter.supports("USD"));
        expectNpe(29, () -> ledger.post("3000", "GBP", 40));
        Converter.setRates(Map.of("USD", 1.0));

        Ledger q3 = ledger.rollForward("2024-Q2");
        System.out.println("q3 carried=" + q3.carried());
        expectNpe(96, () -> q3.opening("1000"));
    }

    interface Action {
        void run() throws Exception;
    }

    private static void expectNpe(int line, Action action) throws Exception {
        Throwable t = null;
        try {
            action.run();
        } catch (NullPointerException | ExecutionException | ExceptionInInitializerError e) {
            t = e;
        }
        while (t != null && !(t instanceof NullPointerException)) t = t.getCause();
        StackTraceElement top = t == null ? null : t.getStackTrace()[0];
        if (top == null || !FILE.equals(top.getFileName()) || top.getLineNumber() != line) {
            throw new AssertionError("expected NPE at " + FILE + ":" + line + ", got " + t + " at " + top, t);
        }
        System.out.println("BUG " + FILE + ":" + line + " OK");
    }
}
