package cz.opora.testing;

import io.restassured.RestAssured;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A well-behaved client of the records whose every change takes If-Match (referrals, family and case conferences):
 * before a POST or PUT on such a record (or on one of its sub-resources) that names no If-Match, it reads the record
 * as the same user and sends the ETag it got. Tests of a step's rules use it; the tests of the If-Match policy set
 * the header themselves, or leave it out on a request without filters ({@code given().noFilters()}).
 */
public final class ReadBeforeWrite implements Filter {
    public static final ReadBeforeWrite INSTANCE = new ReadBeforeWrite();
    private static final Pattern RECORD = Pattern.compile(
            "^(.*/api/v1/(?:referrals|family-conferences|case-conferences)/[0-9a-fA-F-]{36})(?:[/?].*)?$");

    private ReadBeforeWrite() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String method = request.getMethod();
        if (("POST".equals(method) || "PUT".equals(method)) && !request.getHeaders().hasHeaderWithName("If-Match")) {
            Matcher record = RECORD.matcher(request.getURI());
            if (record.matches()) {
                var read = RestAssured.given().noFilters().urlEncodingEnabled(false);
                String authorization = request.getHeaders().getValue("Authorization");
                if (authorization != null) {
                    read.header("Authorization", authorization);
                } else if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
                    read.auth().oauth2(oauth2.getAccessToken());
                }
                String etag = read.get(record.group(1)).header("ETag");
                if (etag != null) {
                    request.header("If-Match", etag);
                }
            }
        }
        return context.next(request, response);
    }
}
