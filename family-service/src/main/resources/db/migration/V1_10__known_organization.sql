-- family-service: the organizations in referral-service's directory, as its cz.opora.directory.entry-saved events
-- report them. A SHARING consent may only name one of these (ConsentService).
CREATE TABLE known_organization (
    id         varchar(64)  PRIMARY KEY,
    name       varchar(200) NOT NULL,
    type       varchar(40)  NOT NULL,
    uses_opora boolean      NOT NULL,
    version    bigint       NOT NULL,
    saved_at   timestamptz  NOT NULL
);
