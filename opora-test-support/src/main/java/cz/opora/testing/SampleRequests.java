package cz.opora.testing;

/** Request bodies that tests send to the services. */
public final class SampleRequests {
    private SampleRequests() {
    }

    /** A valid family registration: a mother and her son in Brno. */
    public static String family(String name) {
        return """
                {"name": "%s", "address": {"street": "Cejl 12", "municipality": "Brno", "postalCode": "60200"},
                 "members": [{"firstName": "Jana", "lastName": "Nováková", "role": "PARENT", "birthDate": "1990-04-01"},
                             {"firstName": "Petr", "lastName": "Novák", "role": "CHILD", "birthDate": "2015-09-12"}]}
                """.formatted(name);
    }

    /** A valid new member: an adult relative. */
    public static String member(String firstName, String lastName) {
        return """
                {"firstName": "%s", "lastName": "%s", "role": "RELATIVE", "relation": "strýc"}
                """.formatted(firstName, lastName);
    }
}
