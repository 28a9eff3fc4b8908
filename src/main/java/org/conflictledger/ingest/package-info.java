/**
 * Ingestion: news feeds polled on a schedule ({@code feed}), articles kept once ({@code article}),
 * rule-based extraction of facts with their evidence ({@code extract}) and the review queue that
 * turns them into records ({@code review}).
 */
package org.conflictledger.ingest;
