-- referral-service: the directory of organizations that send and receive referrals.
CREATE TABLE organization (
    id                    varchar(64)    PRIMARY KEY,
    name                  varchar(200)   NOT NULL,
    search_name           varchar(200)   NOT NULL,
    type                  varchar(40)    NOT NULL,
    uses_opora            boolean        NOT NULL,
    municipalities        varchar(100)[] NOT NULL,
    search_municipalities varchar(100)[] NOT NULL,
    region                varchar(100),
    services              varchar(100)[] NOT NULL,
    search_services       varchar(100)[] NOT NULL,
    accepting_new_clients boolean        NOT NULL,
    email                 varchar(200),
    phone                 varchar(40),
    address               varchar(300),
    website               varchar(300),
    managed_by            varchar(64)    NOT NULL,
    created_at            timestamptz    NOT NULL,
    updated_at            timestamptz    NOT NULL,
    version               bigint         NOT NULL
);
-- Searches filter by type, municipality, service and intake, and page by name.
CREATE INDEX organization_name_idx ON organization (search_name, id);
CREATE INDEX organization_type_name_idx ON organization (type, search_name, id);
CREATE INDEX organization_municipalities_idx ON organization USING gin (search_municipalities);
CREATE INDEX organization_services_idx ON organization USING gin (search_services);
