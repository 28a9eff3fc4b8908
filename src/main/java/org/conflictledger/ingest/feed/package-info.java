/** News feeds: registration, the guarded HTTP fetch, parsing with ROME and the scheduled poll. */
package org.conflictledger.ingest.feed;
