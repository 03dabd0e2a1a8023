package cz.opora.common.rest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorAndPagingTest {

    @Test
    void cursorRoundTrips() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-02T08:15:30.123456Z");
        Cursor decoded = Cursor.decode(Cursor.of(at, id).encode(), "after");
        assertThat(decoded.id()).isEqualTo(id);
        assertThat(decoded.sortKeyAsInstant("after")).isEqualTo(at);
    }

    @Test
    void cursorWithAnySortKeyRoundTrips() {
        UUID id = UUID.randomUUID();
        Cursor decoded = Cursor.decode(Cursor.of("Nováková|with bar", id).encode(), "after");
        assertThat(decoded.sortKey()).isEqualTo("Nováková|with bar");
    }

    @Test
    void foreignCursorsAreAnInvalidField() {
        for (String bad : List.of("zzz", "%%%", "bm90LWEtY3Vyc29y")) {
            assertThatThrownBy(() -> Cursor.decode(bad, "after"))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().getStatus()).isEqualTo(400);
                        assertThat(e.problem().getErrors()).extracting(FieldError::field).containsExactly("after");
                    });
        }
        Cursor notATime = Cursor.of("Novák", UUID.randomUUID());
        assertThatThrownBy(() -> notATime.sortKeyAsInstant("after")).isInstanceOf(ProblemException.class);
    }

    @Test
    void limitIsBounded() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(PageRequest.of(String.valueOf(PageRequest.MAX_LIMIT), "").limit()).isEqualTo(PageRequest.MAX_LIMIT);
        for (String bad : new String[] {"abc", "2.5", "0", String.valueOf(PageRequest.MAX_LIMIT + 1)}) {
            assertThatThrownBy(() -> PageRequest.of(bad, null))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().getErrors())
                            .extracting(FieldError::field).containsExactly("limit"));
        }
        assertThat(PageRequest.of(" 7 ", null).limit()).isEqualTo(7);
        for (int bad : new int[] {0, -1, PageRequest.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> PageRequest.of(String.valueOf(bad), null))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().getErrors())
                            .extracting(FieldError::field).containsExactly("limit"));
        }
    }

    @Test
    void aPageShowsLimitRowsAndPointsAfterTheLastShown() {
        PageRequest request = PageRequest.of("2", null);
        List<Integer> fetched = List.of(1, 2, 3); // limit + 1 rows fetched: there is more
        UUID last = UUID.nameUUIDFromBytes(new byte[] {2});
        Page<String> page = request.page(fetched, String::valueOf, i -> Cursor.of("k" + i, UUID.nameUUIDFromBytes(new byte[] {i.byteValue()})));
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(Cursor.decode(page.next(), "after")).isEqualTo(Cursor.of("k2", last));

        Page<String> lastPage = request.page(List.of(7), String::valueOf, i -> Cursor.of("k", UUID.randomUUID()));
        assertThat(lastPage.items()).containsExactly("7");
        assertThat(lastPage.next()).isNull();
    }
}
