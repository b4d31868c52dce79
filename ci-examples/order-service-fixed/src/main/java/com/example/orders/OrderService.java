package com.example.orders;

import java.util.HashMap;
import java.util.Map;

/** The seed scenario, fixed: the cache is created where it is declared. */
public class OrderService {

  /** An order, keyed by its id. */
  public record Order(String id, long cents) {}

  private final Map<String, Order> orderCache = new HashMap<>();
  private final String region;

  public OrderService(String region) {
    this.region = region;
  }

  public void add(Order order) {
    orderCache.put(order.id(), order);
  }

  public Order find(String id) {
    return orderCache.get(id);
  }

  public String region() {
    return region;
  }
}
