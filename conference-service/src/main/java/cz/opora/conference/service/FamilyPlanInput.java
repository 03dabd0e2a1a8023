package cz.opora.conference.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "FamilyPlanInput", examples = """
        {"title": "Kluci nejsou večer sami", "reviewDate": "2027-03-12",
         "items": [{"what": "Babička hlídá kluky v pondělí až čtvrtek večer", "whoKind": "MEMBER",
                    "whoMemberId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "byWhen": "2026-12-15",
                    "howWeKnow": "Kluci řeknou, kdo s nimi večer byl"},
                   {"what": "Soused vozí Dominika do školy", "whoKind": "FRIEND", "whoName": "pan Dušek",
                    "byWhen": "2026-12-14", "howWeKnow": "Škola nehlásí absence"}],
         "ifItDoesNotWork": "Sejdeme se znovu a zavoláme paní Novákové z OSPOD."}""")
public record FamilyPlanInput(@NotBlank @Size(max = 200) String title, LocalDate reviewDate,
                              @NotEmpty @Size(max = 30) List<@NotNull @Valid FamilyPlanItem> items,
                              @Schema(description = "What happens if the plan does not work") @NotBlank @Size(max = 2000) String ifItDoesNotWork) {
}
