package cz.opora.console.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Who is signed in, for the console's header: names and roles, never a token. */
@Path("/api/me")
@Authenticated
public class MeResource {
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    AccessTokenCredential accessToken;
    @Inject
    ObjectMapper json;

    public record Me(String username, String name, String organization, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() throws IOException {
        // The access token was verified when the session began; only its claims are read here.
        String[] parts = accessToken.getToken().split("\\.");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        return new Me(idToken.getClaim("preferred_username"), idToken.getClaim("name"),
                claims.path("org").isMissingNode() ? null : claims.path("org").asText(), roles);
    }
}
