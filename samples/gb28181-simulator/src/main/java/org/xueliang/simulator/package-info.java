/** A GB/T 28181 device simulator with its own small SIP client, independent of the gateway's code. */
package org.xueliang.simulator;
