/** Conflict Ledger: strikes, cease-fires and negotiation events with their sources, claims and uncertainty. */
package org.conflictledger;
