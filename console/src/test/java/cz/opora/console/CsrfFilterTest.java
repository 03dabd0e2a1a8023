package cz.opora.console;

import cz.opora.console.rest.CsrfFilter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("fast")
class CsrfFilterTest {
    @Test
    void onlyTheConsolesOwnOriginIsTheSameOrigin() {
        URI request = URI.create("http://localhost:8080/api/family/families");
        assertThat(CsrfFilter.sameOrigin("http://localhost:8080", request)).isTrue();
        assertThat(CsrfFilter.sameOrigin("http://localhost:8081", request)).isFalse();
        assertThat(CsrfFilter.sameOrigin("https://localhost:8080", request)).isFalse();
        assertThat(CsrfFilter.sameOrigin("http://evil.example:8080", request)).isFalse();
        assertThat(CsrfFilter.sameOrigin("null", request)).isFalse();
        assertThat(CsrfFilter.sameOrigin("https://opora.example", URI.create("https://opora.example/api/x"))).isTrue();
    }
}
