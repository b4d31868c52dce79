package com.example.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Invoice lines per customer: add() creates the map when it is missing, total() does not. */
public class InvoiceBook {

  private Map<String, List<Long>> linesByCustomer;

  public void add(String customer, long cents) {
    if (linesByCustomer == null) {
      linesByCustomer = new HashMap<>();
    }
    linesByCustomer.computeIfAbsent(customer, c -> new ArrayList<>()).add(cents);
  }

  public long total(String customer) {
    long sum = 0;
    for (long cents : linesByCustomer.getOrDefault(customer, List.of())) {
      sum += cents;
    }
    return sum;
  }
}
