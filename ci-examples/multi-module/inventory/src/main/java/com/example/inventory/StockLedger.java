package com.example.inventory;

import java.util.HashMap;
import java.util.Map;

/** Stock per SKU: the no-argument constructor forgets the map, and close() drops it. */
public class StockLedger {

  private Map<String, Integer> counts;
  private final String site;

  public StockLedger(String site) {
    this.site = site;
    this.counts = new HashMap<>();
  }

  public StockLedger() {
    this.site = "main";
  }

  public void receive(String sku, int quantity) {
    counts.merge(sku, quantity, Integer::sum);
  }

  public int onHand(String sku) {
    return counts.getOrDefault(sku, 0);
  }

  public void close() {
    counts = null;
  }

  public String site() {
    return site;
  }
}
