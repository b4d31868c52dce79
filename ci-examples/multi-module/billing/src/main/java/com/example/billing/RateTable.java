package com.example.billing;

import java.util.HashMap;
import java.util.Map;

/** Loads its rates in the constructor, through a method that a subclass overrides. */
public abstract class RateTable {

  protected RateTable() {
    load();
  }

  protected abstract void load();

  public abstract double rate(String region);

  /** Its map is created after RateTable's constructor has already called load(). */
  public static class TaxTable extends RateTable {

    private final Map<String, Double> rates = new HashMap<>();

    @Override
    protected void load() {
      rates.put("EU", 0.2);
    }

    @Override
    public double rate(String region) {
      return rates.getOrDefault(region, 0.0);
    }
  }
}
