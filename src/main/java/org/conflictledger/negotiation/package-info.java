/** Negotiation events (meetings, calls, proposals, signed agreements) and the named tracks of talks they belong to. */
package org.conflictledger.negotiation;
