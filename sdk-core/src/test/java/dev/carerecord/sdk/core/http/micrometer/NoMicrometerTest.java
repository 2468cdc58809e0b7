package dev.carerecord.sdk.core.http.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.carerecord.sdk.testing.Reply;
import dev.carerecord.sdk.testing.ScriptedHttpServer;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Micrometer is optional: the pipeline must load and work without it on the class path. */
class NoMicrometerTest {
    @Test
    void pipelineWorks_inAClassLoaderWithoutMicrometer() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            // slf4j-simple is left out too: a second copy would reopen (and truncate) the captured test log
            if (!entry.contains("micrometer") && !entry.contains("slf4j-simple") && !entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assumeThat(urls).as("test class path is visible").hasSizeGreaterThan(3);
        try (ScriptedHttpServer server = ScriptedHttpServer.start();
             URLClassLoader isolated = new URLClassLoader(urls.toArray(new URL[0]),
                     ClassLoader.getPlatformClassLoader())) {
            server.on("/ok", Reply.json(200, "{}"));
            assertThatThrownBy(() -> isolated.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .isInstanceOf(ClassNotFoundException.class);

            Object status = isolated.loadClass(NoMicrometerProbe.class.getName()).getMethod("call", String.class)
                    .invoke(null, server.baseUrl() + "/ok");

            assertThat(status).isEqualTo(200);
        }
    }
}
