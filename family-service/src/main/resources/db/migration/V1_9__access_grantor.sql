-- family-service: who gave a grant. When the grantor is not the family's owner (an onward referral, a conference
-- convened by an organization that was itself given the family), the grant shows no more than the grantor itself may
-- see at the moment of the read, and nothing once the grantor may see nothing. Null: a grant recorded before this
-- column existed, given by the owner (every grant before onward sharing was checked came from the owner's side or
-- was recorded by a test).
ALTER TABLE access_grant ADD COLUMN grantor varchar(100);
