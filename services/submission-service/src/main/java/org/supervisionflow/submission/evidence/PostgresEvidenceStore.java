package org.supervisionflow.submission.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Evidence in PostgreSQL large objects: the service's own database, so evidence is backed up and isolated with
 * the reports that cite it, and large objects are written and read in chunks, unlike a {@code bytea} value.
 */
@Component
class PostgresEvidenceStore implements EvidenceStore {

    private static final int CHUNK = 64 * 1024;

    private final DataSource dataSource;

    PostgresEvidenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long store(InputStream content) throws IOException {
        try {
            LargeObjectManager objects = largeObjects();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (OutputStream out = object.getOutputStream()) {
                content.transferTo(out);
            }
            return oid;
        } catch (SQLException e) {
            throw new IOException("Cannot store evidence", e);
        }
    }

    @Override
    public void copyTo(long handle, OutputStream out) throws IOException {
        try {
            LargeObject object = largeObjects().open(handle, LargeObjectManager.READ);
            try (InputStream in = object.getInputStream()) {
                byte[] buffer = new byte[CHUNK];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                }
            } finally {
                object.close();
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read evidence " + handle, e);
        }
    }

    /** The large-object API of the transaction's own connection (large objects work only inside one). */
    private LargeObjectManager largeObjects() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }
}
