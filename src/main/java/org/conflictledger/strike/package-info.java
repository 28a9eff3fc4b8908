/** Strikes and their claims: what each source said, and the figures reconciled from all of them. */
package org.conflictledger.strike;
