package org.conflictledger.common;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export whose request has been checked (a bad parameter is a 400 before anything is sent), ready
 * to stream everything that matches to {@code out}.
 */
@FunctionalInterface
public interface StreamedExport {

    void writeTo(OutputStream out) throws IOException;
}
