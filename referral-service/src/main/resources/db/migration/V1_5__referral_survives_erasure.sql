-- Issue 13: a referral is its sender's and its recipient's record. When the case file it was about is erased, drafts
-- go, and every other referral stays for the other organization, detached from the erased file: no foreign key to
-- the projection, its children cleared, the erasing sender's own words (reason, request) removed, and the time of the
-- erasure recorded (ReferralService.onErased).
ALTER TABLE referral DROP CONSTRAINT IF EXISTS referral_family_id_fkey;
ALTER TABLE referral ADD COLUMN family_erased_at timestamptz;
