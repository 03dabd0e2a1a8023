package cz.opora.family.service;

import cz.opora.events.MemberRole;
import cz.opora.family.domain.IntakeSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * What a worker sends to register a family. The owning organization, status, ids and audit fields are not
 * part of it: they come from the caller's token and the server.
 */
@Schema(name = "RegisterFamily")
public record RegisterFamily(
        @Schema(description = "Household label, e.g. 'Rodina Novákových'", examples = "Rodina Novákových")
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Address address,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Member> members,
        @Schema(description = "Where the family came from; absent: not recorded. A family referred through Opora is "
                + "opened from the referral instead (POST /api/v1/shared-families/{familyId}/case-file).")
        @Valid Intake intake) {

    public RegisterFamily(String name, Address address, List<Member> members) {
        this(name, address, members, null);
    }

    @Schema(name = "Intake")
    public record Intake(
            @Schema(description = "OSPOD (outside Opora), SCHOOL, HEALTH_SERVICE, COURT, OTHER_SERVICE, SELF_REFERRAL, "
                    + "OUTREACH or OTHER") @NotNull IntakeSource source,
            @Schema(description = "Who referred the family: the school, the doctor's practice, the service (no person's name)",
                    examples = "ZŠ Vítězná, Ostrava") @Size(max = 200) String from) {
    }

    @Schema(name = "Address")
    public record Address(
            @Size(max = 200) String street,
            @NotBlank @Size(max = 100) String municipality,
            @Pattern(regexp = "\\d{3} ?\\d{2}", message = "must be a Czech postal code (5 digits)") String postalCode,
            @Schema(description = "Locality or neighbourhood, e.g. a hostel or a street") @Size(max = 100) String locality,
            @Schema(description = "Whether the locality is socially excluded") Boolean sociallyExcludedLocality) {
    }

    /** A person in the household or the wider network; used to register, add and change members. */
    @Schema(name = "MemberInput")
    public record Member(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull MemberRole role,
            @PastOrPresent LocalDate birthDate,
            @Schema(description = "How the person relates to the family, in the worker's words", examples = "babička z matčiny strany")
            @Size(max = 100) String relation,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone,
            @Email @Size(max = 200) String email,
            @Schema(description = "For children: the school attended") @Size(max = 200) String school,
            @Schema(description = "For children: the class, e.g. 3.B") @Size(max = 20) String schoolClass) {

        /** The required fields only (tests and demo data). */
        public Member(String firstName, String lastName, MemberRole role, LocalDate birthDate) {
            this(firstName, lastName, role, birthDate, null, null, null, null, null);
        }
    }
}
