/** HTTP endpoints of statistics and compliance reports. */
package org.conflictledger.stats.web;
