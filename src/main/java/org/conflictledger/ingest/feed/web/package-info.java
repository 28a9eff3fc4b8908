/** HTTP API of feeds: {@code /api/v1/feeds} (ADMIN). */
package org.conflictledger.ingest.feed.web;
