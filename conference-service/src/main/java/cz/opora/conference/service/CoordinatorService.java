package cz.opora.conference.service;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.conference.domain.CoordinatorProfile;
import cz.opora.conference.domain.CoordinatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Family conference coordinators: a coordinator registers (or updates) the own profile; an org-admin enters the
 * coordinators of the own organization. Profiles name staff, never families; every signed-in caller may list them.
 */
@ApplicationScoped
public class CoordinatorService {
    @Inject
    WorkCalendar calendar;
    @Inject
    CoordinatorRepository coordinators;
    @Inject
    Caller caller;

    @Schema(name = "CoordinatorInput", examples = """
            {"name": "Radka Koordinátorová", "languages": ["czech", "romani"], "gender": "FEMALE", "active": true}""")
    public record Input(@NotBlank @Size(max = 200) String name,
                        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 40) String> languages,
                        @Pattern(regexp = "FEMALE|MALE", message = "must be FEMALE or MALE") String gender,
                        Boolean active) {
    }

    @Schema(name = "Coordinator")
    public record View(UUID id, String name, String organization, String organizationType, List<String> languages,
                       String gender, boolean active, boolean loginLinked, long version) {
        static View of(CoordinatorProfile p) {
            return new View(p.id, p.name, p.organization, p.organizationType, Arrays.asList(p.languages), p.gender,
                    p.active, p.userSubject != null, p.version);
        }
    }

    /** The caller's own coordinator profile (404 when the caller has none yet). */
    @Transactional
    public View own() {
        return coordinators.findBySubject(caller.subject()).map(View::of)
                .orElseThrow(() -> ProblemException.notFound("Your coordinator profile"));
    }

    /** The caller's own coordinator profile, created or replaced. */
    @Transactional
    public View saveOwn(Input input, String ifMatch) {
        CoordinatorProfile profile = coordinators.findBySubject(caller.subject()).orElse(null);
        if (profile == null) {
            profile = new CoordinatorProfile();
            profile.id = UUID.randomUUID();
            profile.userSubject = caller.subject();
            profile.createdAt = calendar.now();
            write(profile, input);
            coordinators.persist(profile);
        } else {
            ETags.requireMatch(ifMatch, profile.version);
            write(profile, input);
        }
        coordinators.flush();
        return View.of(profile);
    }

    /** An org-admin enters a coordinator of the own organization (one who may not log in to Opora). */
    @Transactional
    public View register(Input input) {
        CoordinatorProfile profile = new CoordinatorProfile();
        profile.id = UUID.randomUUID();
        profile.createdAt = calendar.now();
        write(profile, input);
        coordinators.persist(profile);
        coordinators.flush();
        return View.of(profile);
    }

    /** An org-admin changes a coordinator of the own organization (404 for another organization's). */
    @Transactional
    public View update(UUID id, String ifMatch, Input input) {
        CoordinatorProfile profile = coordinators.findByIdOptional(id)
                .filter(p -> p.organization.equals(caller.organization()))
                .orElseThrow(() -> ProblemException.notFound("The coordinator"));
        if (profile.userSubject != null && !caller.hasRole(Roles.ORG_ADMIN) && !profile.userSubject.equals(caller.subject())) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-yours", "Only the coordinator or an org-admin may change this profile."));
        }
        ETags.requireMatch(ifMatch, profile.version);
        write(profile, input);
        coordinators.flush();
        return View.of(profile);
    }

    @Transactional
    public List<View> list(String language, String gender) {
        return coordinators.active().stream()
                .filter(p -> language == null || language.isBlank() || Arrays.stream(p.languages).anyMatch(l -> l.equalsIgnoreCase(language.strip())))
                .filter(p -> gender == null || gender.isBlank() || gender.strip().equalsIgnoreCase(p.gender))
                .map(View::of).toList();
    }

    private void write(CoordinatorProfile profile, Input input) {
        profile.name = input.name().strip();
        profile.organization = caller.organization();
        profile.organizationType = caller.organizationType().orElse("OTHER");
        profile.languages = input.languages().stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        profile.gender = input.gender();
        profile.active = input.active() == null || input.active();
    }
}
