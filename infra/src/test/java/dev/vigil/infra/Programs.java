package dev.vigil.infra;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the measuring programs (benchmark, fault suite) share: how they end and where their figures go. */
final class Programs {

    private Programs() {
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    /** Runs the program, then ends the JVM whatever happens: the services' threads would keep a failed run alive. */
    static void runThenExit(Body body) {
        try {
            body.run();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** The figures as JSON under {@code target/}, for comparing runs. */
    static Path writeFigures(String fileName, Map<String, Object> figures) throws IOException {
        Path out = Path.of("target", fileName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        return out.toAbsolutePath();
    }
}
