/**
 * Cease-fires: their terms and party positions, the status machine with its history, alleged
 * violations, and which strikes a cease-fire covers ({@link org.conflictledger.ceasefire.CeasefireCoverage}).
 */
package org.conflictledger.ceasefire;
