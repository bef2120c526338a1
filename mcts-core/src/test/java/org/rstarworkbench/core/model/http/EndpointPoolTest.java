package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.http.EndpointPool.Endpoint;

class EndpointPoolTest {

    private final EndpointPool pool = new EndpointPool(List.of("http://a/v1", "http://b/v1", "http://c/v1"));

    @Test
    void takesTurnsAmongIdleEndpoints() {
        for (int round = 0; round < 3; round++) {
            for (String expected : List.of("http://a/v1", "http://b/v1", "http://c/v1")) {
                Endpoint e = pool.acquire();
                assertThat(e.baseUrl()).isEqualTo(expected);
                pool.release(e);
            }
        }
    }

    @Test
    void prefersTheLeastBusyEndpoint() {
        Endpoint a = pool.acquire();
        Endpoint b = pool.acquire();
        pool.acquire();
        pool.release(b);

        assertThat(pool.acquire().baseUrl()).isEqualTo("http://b/v1");
        assertThat(a.completions()).hasToString("http://a/v1/completions");
    }

    @Test
    void avoidsAnEndpointCoolingDownWhileAnotherIsAvailable() {
        Endpoint a = pool.acquire();
        pool.release(a);
        pool.coolDown(a, Duration.ofMinutes(1));
        pool.coolDown(pool.acquire(), Duration.ofMinutes(2));

        assertThat(pool.acquire().baseUrl()).isEqualTo("http://c/v1");
        assertThat(pool.acquire().baseUrl()).isEqualTo("http://c/v1");
    }

    @Test
    void usesTheEndpointThatRecoversFirstWhenAllAreCoolingDown() {
        List<String> order = List.of("http://a/v1", "http://b/v1", "http://c/v1");
        long minutes = 3;
        for (int i = 0; i < order.size(); i++) {
            Endpoint e = pool.acquire();
            pool.release(e);
            pool.coolDown(e, Duration.ofMinutes(minutes--));
        }

        assertThat(pool.acquire().baseUrl()).isEqualTo("http://c/v1");
    }
}
