/** The dashboard page's own settings endpoint. */
package org.conflictledger.dashboard.web;
