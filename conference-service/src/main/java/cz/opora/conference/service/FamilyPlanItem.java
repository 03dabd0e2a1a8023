package cz.opora.conference.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "FamilyPlanItem")
public record FamilyPlanItem(@Schema(description = "What will happen") @NotBlank @Size(max = 2000) String what,
                             @Schema(description = "MEMBER (whoMemberId), FRIEND or SERVICE (whoName)")
                             @NotNull @Pattern(regexp = "MEMBER|FRIEND|SERVICE", message = "must be MEMBER, FRIEND or SERVICE") String whoKind,
                             UUID whoMemberId, @Size(max = 200) String whoName,
                             @NotNull LocalDate byWhen,
                             @Schema(description = "How the family will know it works") @NotBlank @Size(max = 2000) String howWeKnow) {
}
