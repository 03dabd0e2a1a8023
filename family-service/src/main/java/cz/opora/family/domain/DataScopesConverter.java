package cz.opora.family.domain;

import cz.opora.events.DataScope;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of scopes as a comma-separated list in their declaration order ("BASIC,SCHOOL"). */
@Converter
public class DataScopesConverter implements AttributeConverter<Set<DataScope>, String> {
    @Override
    public String convertToDatabaseColumn(Set<DataScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<DataScope> convertToEntityAttribute(String column) {
        Set<DataScope> scopes = EnumSet.noneOf(DataScope.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(DataScope::valueOf).forEach(scopes::add);
        }
        return scopes;
    }
}
