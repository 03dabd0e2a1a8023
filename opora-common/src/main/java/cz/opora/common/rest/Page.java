package cz.opora.common.rest;

import java.util.List;

/**
 * One page of a keyset-paginated list: {@code next} is the cursor to pass as {@code ?after=} for the following
 * page, or null on the last page.
 */
public record Page<T>(List<T> items, String next) {
}
