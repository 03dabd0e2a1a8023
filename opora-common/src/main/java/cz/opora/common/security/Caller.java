package cz.opora.common.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: the verified access token's subject and the organization it acts for. The organization
 * comes only from the token (claim {@value #ORGANIZATION_CLAIM}), never from a request, and scopes every query.
 */
@RequestScoped
public class Caller {
    public static final String ORGANIZATION_CLAIM = "org";
    public static final String ORGANIZATION_TYPE_CLAIM = "org_type";

    @Inject
    JsonWebToken token;
    @Inject
    SecurityIdentity identity;

    /** The caller's organization; a caller without one may not touch organization-scoped data (403). */
    public String organization() {
        return organizationIfAny().orElseThrow(() -> new ForbiddenException("the caller acts for no organization"));
    }

    public Optional<String> organizationIfAny() {
        return claim(ORGANIZATION_CLAIM);
    }

    public Optional<String> organizationType() {
        return claim(ORGANIZATION_TYPE_CLAIM);
    }

    /** The stable user (or service account) id from Keycloak: what audit rows and assignments refer to. */
    public String subject() {
        return token.getSubject();
    }

    /** A readable login name for audit trails: the username, or the client id for a service account. */
    public String username() {
        return claim("preferred_username").or(() -> claim("azp")).orElse(token.getSubject());
    }

    /** The caller's full name from the token ("Martin Dvořák"), or the username. */
    public String displayName() {
        return claim("name").orElseGet(this::username);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
