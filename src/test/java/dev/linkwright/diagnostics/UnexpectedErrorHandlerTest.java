package dev.linkwright.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnexpectedErrorHandlerTest {

    @TempDir
    Path dir;

    private static RuntimeException failure() {
        return new IllegalStateException("wrapped", new IllegalArgumentException("the route table rtb-a vanished"));
    }

    @Test
    void theFullTraceIsLoggedTheWorkRescuedAndTheUserToldInASentence() throws Exception {
        ErrorLog log = new ErrorLog(dir.resolve("logs/linkwright.log"));
        List<CrashReport> shown = new ArrayList<>();
        int[] rescued = {0};
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(log, "9.9", shown::add, () -> rescued[0]++);

        handler.uncaughtException(new Thread("JavaFX Application Thread"), failure());

        assertThat(Files.readString(log.file())).contains("unexpected error on JavaFX Application Thread")
                .contains("java.lang.IllegalStateException: wrapped").contains("Caused by").contains("\tat ");
        assertThat(rescued[0]).isEqualTo(1);
        CrashReport report = shown.get(0);
        assertThat(report.message()).contains("the route table rtb-a vanished").contains("still open").contains(log.file().toString())
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(report.details()).contains("Linkwright 9.9").contains("IllegalArgumentException").contains("\tat ");
    }

    @Test
    void aFailureWhileRescuingOrShowingIsLoggedAndSwallowed() throws Exception {
        ErrorLog log = new ErrorLog(dir.resolve("linkwright.log"));
        UnexpectedErrorHandler handler = new UnexpectedErrorHandler(log, "9.9",
                r -> { throw new IllegalStateException("no screen"); }, () -> { throw new IllegalStateException("disk gone"); });
        handler.uncaughtException(Thread.currentThread(), failure());
        assertThat(Files.readString(log.file())).contains("rescuing the work").contains("disk gone").contains("showing an error")
                .contains("no screen");
        assertThat(handler.handled()).isEqualTo(1);
    }

    @Test
    void aLogThatCannotBeWrittenDoesNotStopTheReport() throws Exception {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        List<CrashReport> shown = new ArrayList<>();
        new UnexpectedErrorHandler(new ErrorLog(blocked.resolve("linkwright.log")), "9.9", shown::add, () -> { })
                .uncaughtException(Thread.currentThread(), new NullPointerException());
        assertThat(shown.get(0).message()).contains("no description was given").doesNotContain("details are in");
    }

    @Test
    void theLogIsRotatedPastItsLimit() throws Exception {
        ErrorLog log = new ErrorLog(dir.resolve("linkwright.log"));
        Files.writeString(log.file(), "x".repeat((int) ErrorLog.MAX_BYTES + 1));
        log.note("after rotation");
        assertThat(Files.readString(log.file())).contains("after rotation").hasSizeLessThan(200);
        assertThat(Files.size(dir.resolve("linkwright.log.1"))).isGreaterThan(ErrorLog.MAX_BYTES);
    }

    @Test
    void aLongOrMultiLineReasonIsShortened() {
        String reason = CrashReport.shortReason(new RuntimeException("first line\nsecond line " + "y".repeat(500)));
        assertThat(reason).isEqualTo("first line");
        assertThat(CrashReport.shortReason(new RuntimeException("z".repeat(500)))).hasSize(CrashReport.MAX_SHOWN + 1);
        assertThat(CrashReport.shortReason(new StackOverflowError())).isEqualTo("it ran out of stack");
    }
}
