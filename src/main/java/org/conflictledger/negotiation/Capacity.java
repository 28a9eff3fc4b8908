package org.conflictledger.negotiation;

/** In what role someone took part in a negotiation event. */
public enum Capacity {
    PRINCIPAL, ENVOY, MEDIATOR, OBSERVER, SPEAKER
}
