package org.conflictledger.ingest.review;

import jakarta.validation.constraints.Size;

/** Rejecting a candidate, with an optional reason ("not about this war", "duplicate of strike 12"). */
public record RejectRequest(@Size(max = 2000) String reason) {
}
