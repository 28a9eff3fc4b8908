/** HTTP endpoints of bulk imports ({@code /api/v1/imports}). */
package org.conflictledger.ingest.imports.web;
