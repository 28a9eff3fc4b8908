/** HTTP API of articles: {@code /api/v1/articles}. */
package org.conflictledger.ingest.article.web;
