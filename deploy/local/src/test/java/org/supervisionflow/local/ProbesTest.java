package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    void tellsATakenPortFromAFreeOne() throws IOException {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            assertThat(Probes.isFree(port)).isFalse();
            assertThat(Probes.accepts("localhost", port)).isTrue();
            assertThat(Probes.acceptsFirstOf("localhost:" + port + ",localhost:1")).isTrue();
        }
        assertThat(Probes.isFree(port)).isTrue();
        assertThat(Probes.accepts("localhost", port)).isFalse();
    }
}
