/** One time-ordered stream of strikes, cease-fire history and negotiation events: the dashboard's feed. */
package org.conflictledger.timeline;
