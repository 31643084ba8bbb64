/**
 * A simulated GB/T 28181 device: registration with digest authentication, keepalives, answers to
 * platform queries, alarms and live-view calls, all driven through the simulator's own SIP client.
 */
package org.xueliang.simulator.device;
