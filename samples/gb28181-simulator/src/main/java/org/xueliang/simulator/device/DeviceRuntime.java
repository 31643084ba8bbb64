package org.xueliang.simulator.device;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.xueliang.simulator.manscdp.ManscdpReader;
import org.xueliang.simulator.manscdp.ManscdpWriter;
import org.xueliang.simulator.sip.ClientTransactions;
import org.xueliang.simulator.sip.ServerTransactions;

/**
 * The shared machinery devices run on: timers, the thread pool for media streams, SIP
 * transactions, the clock and the MANSCDP codec. One per fleet.
 */
public record DeviceRuntime(ScheduledExecutorService scheduler, Executor mediaExecutor,
                            ClientTransactions transactions, ServerTransactions answered, Clock clock,
                            ManscdpWriter writer, ManscdpReader reader, DeviceListener listener) {
}
