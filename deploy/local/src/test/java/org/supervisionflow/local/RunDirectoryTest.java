package org.supervisionflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
