package cz.opora.common.rest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("fast")
class CursorAndPagingTest {

    @Test
    void cursorRoundTrips() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-02T08:15:30.123456Z");
        Cursor decoded = Cursor.decode(Cursor.of(at, id).encode(), "after");
        assertThat(decoded.id("after")).isEqualTo(id);
        assertThat(decoded.time("after")).isEqualTo(at);
    }

    @Test
    void rowCursorsAndDayCursorsRoundTrip() {
        UUID id = UUID.randomUUID();
        assertThat(Cursor.decode(Cursor.ofRow(id).encode(), "after")).isEqualTo(Cursor.ofRow(id));
        assertThat(Cursor.decode(Cursor.ofRow("sas-jih").encode(), "after").row()).isEqualTo("sas-jih");
        LocalDate day = LocalDate.parse("2026-11-02");
        assertThat(Cursor.decode(Cursor.of(day, id).encode(), "after").day("after")).isEqualTo(day);
    }

    @Test
    void cursorsCarryNoText() {
        // A cursor is a row id and, for time-ordered lists, a time or a day: a name cannot be put in one...
        assertThatThrownBy(() -> Cursor.ofRow("Nováková Jana")).isInstanceOf(IllegalArgumentException.class);
        // ...nor smuggled in by a client: anything else is not a cursor of this API.
        UUID id = UUID.randomUUID();
        for (String raw : List.of(id + "|nováková", "nováková|" + id, id + "|2026-11-02T08:15:30Z|x", "Novák", id + "|")) {
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> Cursor.decode(encoded, "after")).as(raw).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.problem().getErrors()).extracting(FieldError::field).containsExactly("after"));
        }
    }

    @Test
    void aTextOrderedListReReadsTheKeyOfTheCursorsRow() {
        UUID seen = UUID.randomUUID();
        PageRequest next = PageRequest.of("5", Cursor.ofRow(seen).encode());
        assertThat(next.afterRow(id -> id.equals(seen) ? Optional.of("novakova jana") : Optional.empty()))
                .isEqualTo(new PageRequest.Keyset<>("novakova jana", seen));
        assertThat(PageRequest.of("5", null).afterRow(id -> Optional.of("x"))).isNull();
        // A row the caller cannot list (another organization's), and a cursor of a time-ordered list: 400 on after.
        assertThatThrownBy(() -> next.afterRow(id -> Optional.empty())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().getErrors()).extracting(FieldError::field).containsExactly("after"));
        PageRequest timeCursor = PageRequest.of("5", Cursor.of(Instant.now(), seen).encode());
        assertThatThrownBy(() -> timeCursor.afterRow(id -> Optional.of("x"))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(next::afterTime).isInstanceOf(ProblemException.class);
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
        Page<String> page = request.page(fetched, String::valueOf, i -> Cursor.ofRow(UUID.nameUUIDFromBytes(new byte[] {i.byteValue()})));
        assertThat(page.items()).containsExactly("1", "2");
        assertThat(Cursor.decode(page.next(), "after")).isEqualTo(Cursor.ofRow(last));

        Page<String> lastPage = request.page(List.of(7), String::valueOf, i -> Cursor.ofRow(UUID.randomUUID()));
        assertThat(lastPage.items()).containsExactly("7");
        assertThat(lastPage.next()).isNull();
    }
}
