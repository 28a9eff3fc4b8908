package org.conflictledger.common;

import java.net.URI;

/** Stable problem type URIs: one per kind of error, documented under {@code /problems/{kind}}. */
public final class ProblemTypes {

    private ProblemTypes() {
    }

    public static URI of(String kind) {
        return URI.create("/problems/" + kind);
    }
}
