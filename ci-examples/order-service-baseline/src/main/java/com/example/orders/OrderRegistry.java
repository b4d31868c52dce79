package com.example.orders;

import java.util.concurrent.ConcurrentMap;

/** Which order service serves which region: each service registers itself when it starts. */
public final class OrderRegistry {

  private static ConcurrentMap<String, OrderService> servicesByRegion;

  private OrderRegistry() {}

  public static void register(OrderService service) {
    servicesByRegion.put(service.region(), service);
  }

  public static OrderService forRegion(String region) {
    OrderService service = servicesByRegion.get(region);
    if (service == null) {
      throw new IllegalArgumentException("no order service for region " + region);
    }
    return service;
  }
}
