-- reverse: create index "consentrecord_candidate_id_created_at" to table: "consent_records"
DROP INDEX "consentrecord_candidate_id_created_at";
-- reverse: create "consent_records" table
DROP TABLE "consent_records";
-- reverse: modify "candidates" table
ALTER TABLE "candidates" DROP COLUMN "sensitive_consent_at", DROP COLUMN "sensitive_consent_version";
