/** HTTP endpoints of history: {@code /api/v1/{resource}/{id}/revisions} and the change feed {@code /api/v1/changes}. */
package org.conflictledger.history.web;
