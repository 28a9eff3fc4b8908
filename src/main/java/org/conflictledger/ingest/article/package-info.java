/** Articles read from feeds, each kept once (by guid, canonical URL and content hash), with full-text search. */
package org.conflictledger.ingest.article;
