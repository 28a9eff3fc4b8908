/** HTTP endpoint of the unified timeline. */
package org.conflictledger.timeline.web;
