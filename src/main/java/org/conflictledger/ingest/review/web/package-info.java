/** HTTP API of the review queue: {@code /api/v1/candidates}. */
package org.conflictledger.ingest.review.web;
