/** Parties: the states, armed groups and organisations that attack, negotiate and accuse. */
package org.conflictledger.party;
