/** A small realistic scenario (spring 2025) loaded only with the {@code demo} profile. */
package org.conflictledger.demo;
