/** The built-in dashboard: a static page of small ES modules at {@code /dashboard} that reads the public API. */
package org.conflictledger.dashboard;
