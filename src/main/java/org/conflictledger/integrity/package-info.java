/**
 * Requests that can be retried and raced safely: idempotency keys on POST, ETags and conditional
 * requests (If-None-Match, If-Match) on single resources.
 */
package org.conflictledger.integrity;
