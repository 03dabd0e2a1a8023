package cz.opora.common.rest;

/** One invalid input: the field as a path in the request ({@code members[1].birthDate}, {@code limit}) and why. */
public record FieldError(String field, String message) {
}
