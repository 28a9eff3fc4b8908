/**
 * The OpenAPI document at {@code /v3/api-docs}: what generated clients need (operation ids, key scheme,
 * problem responses, real statuses, required and nullable fields), derived from the controllers and records.
 */
package org.conflictledger.openapi;
