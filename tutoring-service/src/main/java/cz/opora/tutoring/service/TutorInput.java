package cz.opora.tutoring.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "TutorInput", examples = """
        {"name": "Tomáš Beneš", "username": "tutor.benes", "email": "benes@example.cz", "subjects": ["math", "czech"],
         "languages": ["czech"], "availability": "Mon and Wed afternoons", "agreementSignedOn": "2026-09-01",
         "trainingCompletedOn": "2026-09-15", "criminalRecordDate": "2026-08-20", "active": true}""")
public record TutorInput(@NotBlank @Size(max = 200) String name,
                         @Schema(description = "The tutor's login name, if the tutor records sessions in Opora") @Size(max = 100) String username,
                         @Email @Size(max = 200) String email, @Size(max = 40) String phone,
                         @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> subjects,
                         @Size(max = 10) List<@NotBlank @Size(max = 40) String> languages,
                         @Size(max = 1000) String availability,
                         @PastOrPresent LocalDate agreementSignedOn, @PastOrPresent LocalDate trainingCompletedOn,
                         @Schema(description = "The date of the criminal-record extract") @PastOrPresent LocalDate criminalRecordDate,
                         Boolean active) {
}
