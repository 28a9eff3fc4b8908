/** The review queue: candidates read from articles, accepted into records (with the article as source) or rejected. */
package org.conflictledger.ingest.review;
