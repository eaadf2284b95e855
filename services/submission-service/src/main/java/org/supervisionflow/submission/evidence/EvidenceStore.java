package org.supervisionflow.submission.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where evidence bytes live. Both directions stream: an upload is never held in memory whole. Must be called
 * inside a transaction, whose commit makes a stored content permanent.
 */
public interface EvidenceStore {

    /** Stores the stream's bytes and returns the handle to read them back with. */
    long store(InputStream content) throws IOException;

    /** Writes the stored bytes to {@code out}. */
    void copyTo(long handle, OutputStream out) throws IOException;
}
