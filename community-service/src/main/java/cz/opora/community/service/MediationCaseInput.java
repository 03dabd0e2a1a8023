package cz.opora.community.service;

import cz.opora.community.domain.MediationMode;
import cz.opora.community.domain.MediationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "MediationCaseInput", examples = """
        {"type": "NEIGHBOUR", "mode": "COMMUNITY", "openedOn": "2026-11-02",
         "parties": [{"label": "nájemníci bytu 12", "role": "stěžovatel"}, {"label": "nájemníci bytu 14", "role": "druhá strana"}]}""")
public record MediationCaseInput(@NotNull MediationType type, @NotNull MediationMode mode,
                                 @NotNull @PastOrPresent LocalDate openedOn,
                                 @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyLabel> parties) {
}
