/** Answers instead of rows: strike statistics over time buckets, and cease-fire compliance reports. */
package org.conflictledger.stats;
