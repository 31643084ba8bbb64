package org.xueliang.simulator.device;

/** A camera channel of a simulated device, as its Catalog reports it. */
public record Channel(String id, String name, String address, double longitude, double latitude) {
}
