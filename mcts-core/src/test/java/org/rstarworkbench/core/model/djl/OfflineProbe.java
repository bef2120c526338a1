package org.rstarworkbench.core.model.djl;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ai.djl.util.Utils;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run in a fresh JVM by {@link OfflineTest}: records every connection Java code tries (each consults the default
 * proxy selector), starts the engine, makes a model and samples from it. Exit status: 0 when nothing was contacted
 * and DJL is in offline mode, 2 when a connection was tried, 3 when DJL is not offline. With the argument
 * {@code control} it first connects to a closed local port, to show that a connection would be seen.
 */
final class OfflineProbe {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineProbe.class);

    private OfflineProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<URI> attempts = Collections.synchronizedList(new ArrayList<>());
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        if (args.length > 0 && args[0].equals("control")) {
            try {
                HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:9/").openConnection();
                c.setConnectTimeout(500);
                c.connect();
            } catch (IOException expected) {
                LOG.debug("control connection failed as expected: {}", expected.toString());
            }
        }
        TorchRuntime.start();
        try (TinyModel model = TestModels.untrained(Architecture.TRANSFORMER, 1);
             DjlLanguageModel lm = DjlLanguageModel.over(model, 16)) {
            lm.generate(List.of(new GenerationRequest("Q: 1+1\nA:", 2, 10, List.of(), new Sampling(1, 1, 0, 1L))));
        }
        if (!attempts.isEmpty()) {
            LOG.error("connections attempted: {}", attempts);
            System.exit(2);
        }
        if (!Utils.isOfflineMode()) {
            LOG.error("DJL is not in offline mode");
            System.exit(3);
        }
        System.exit(0);
    }
}
