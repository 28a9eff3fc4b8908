/** History: every change to strikes, cease-fires and negotiation events, their revisions and the change feed. */
package org.conflictledger.history;
