/** API keys, roles and who may do what; the author name that history records for each key. */
package org.conflictledger.security;
