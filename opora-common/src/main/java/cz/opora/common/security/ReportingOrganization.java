package cz.opora.common.security;

import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import jakarta.ws.rs.core.Response;

/**
 * Whose figures a statistics request is for, the same in every service: the auditor (the regional authority, no
 * organization of its own) names the organization ({@code organization}, 400 without it); everyone else gets the own
 * organization's figures, and naming another organization is 403 {@code own-organization-only} (the figures of another
 * organization are not the caller's to see; which organizations exist is public in the directory, so 403 reveals
 * nothing).
 */
public final class ReportingOrganization {
    public static final String PARAMETER = "organization";

    private ReportingOrganization() {
    }

    public static String of(Caller caller, String requested) {
        boolean named = requested != null && !requested.isBlank();
        if (caller.hasRole(Roles.AUDITOR)) {
            if (!named) {
                throw ProblemException.invalid(PARAMETER, "an auditor names the organization");
            }
            return requested.strip();
        }
        String own = caller.organization();
        if (named && !requested.strip().equals(own)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "own-organization-only",
                    "You can see your own organization's figures only."));
        }
        return own;
    }
}
