/** What every feature shares: problem details, paging and sorting, time. */
package org.conflictledger.common;
