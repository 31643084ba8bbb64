package org.xueliang.simulator.sip;

/** Matches a response to its request, and a retransmitted request to the first one. */
public record TransactionKey(String callId, long cseq, String method) {

    /** The key of a request or response, from Call-ID and CSeq. */
    public static TransactionKey of(SipMessage message) {
        CSeq cseq = message.cseq();
        return new TransactionKey(message.callId(), cseq.number(), cseq.method());
    }
}
