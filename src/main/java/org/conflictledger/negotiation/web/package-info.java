/** HTTP endpoints of negotiation events ({@code /api/v1/negotiations}) and tracks ({@code /api/v1/tracks}). */
package org.conflictledger.negotiation.web;
