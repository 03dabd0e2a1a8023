package cz.opora.community.service;

import cz.opora.community.domain.PlaceKind;
import cz.opora.community.domain.ProgrammeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgrammeInput", examples = """
        {"kind": "COMMUNITY_WORK_HOSTEL", "name": "Komunitní práce na ubytovně Cejl", "placeKind": "HOSTEL",
         "municipality": "Brno", "facilitators": [], "outcomes": null}""")
public record ProgrammeInput(@NotNull ProgrammeKind kind, @NotBlank @Size(max = 200) String name,
                             @NotNull PlaceKind placeKind, @NotBlank @Size(max = 100) String municipality,
                             @Schema(description = "Workers' token subjects; empty: the caller")
                             @Size(max = 20) List<@NotBlank @Size(max = 100) String> facilitators,
                             @Schema(description = "What the programme achieved so far, in words")
                             @Size(max = 4000) String outcomes) {
}
