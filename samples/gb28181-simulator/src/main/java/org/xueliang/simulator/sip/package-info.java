/**
 * The simulator's own small SIP user agent: message model and parser (compact header forms,
 * folding, Content-Length framing), digest authentication, UDP and TCP transports, and just enough
 * transaction handling (retransmission over UDP, matching by Call-ID and CSeq, answer replay).
 */
package org.xueliang.simulator.sip;
