package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @TempDir
    Path folder;

    @Test
    void recordsAProcessWithItsStartTimeAndSeesItLiving() throws IOException {
        RunDirectory run = new RunDirectory(folder);
        long pid = ProcessHandle.current().pid();

        run.record("kafka", pid);

        String[] recorded = Files.readString(folder.resolve("kafka.pid")).trim().split(" ");
        assertThat(recorded[0]).isEqualTo(Long.toString(pid));
        assertThat(recorded[1]).isEqualTo(RunDirectory.startTime(pid).orElseThrow());
        assertThat(run.living()).containsExactly("kafka (PID " + pid + ")");
    }

    @Test
    void runsAnApplicationFromACopyOfItsJar() throws IOException {
        Path jar = folder.resolve("target/review-service-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jar.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        }

        Path copy = new RunDirectory(folder.resolve("run")).snapshot(jar);

        assertThat(copy).isEqualTo(folder.resolve("run/jars/review-service-0.1.0-SNAPSHOT.jar")).hasSameBinaryContentAs(jar);
    }

    @Test
    void refusesAJarABuildIsStillWriting() throws IOException {
        Path jar = folder.resolve("gateway-0.1.0-SNAPSHOT.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> new RunDirectory(folder.resolve("run")).snapshot(jar, 2, Duration.ofMillis(10)))
                .isInstanceOf(StackException.class).hasMessageContaining("is a build rewriting it?");
    }

    @Test
    void doesNotTakeALaterProcessWithTheSameNumberForTheRecordedOne() throws IOException {
        long pid = ProcessHandle.current().pid();
        Files.writeString(folder.resolve("gateway.pid"), pid + " 1\n");
        Files.writeString(folder.resolve("postgres.pid"), "999999999 12345\n");

        assertThat(new RunDirectory(folder).living()).isEmpty();
    }

    @Test
    void forgetsAStoppedProcessAndTheReadyMark() {
        RunDirectory run = new RunDirectory(folder);
        run.record("greenmail", ProcessHandle.current().pid());
        run.markReady("summary");

        run.forget("greenmail");
        run.clearReady();

        assertThat(folder).isEmptyDirectory();
    }
}
