/**
 * Rule-based extraction, in process: whether an article reports a strike, a cease-fire matter or a
 * negotiation event, and what it states, each field with the sentence it came from and a confidence.
 */
package org.conflictledger.ingest.extract;
