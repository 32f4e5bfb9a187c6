-- reverse: create index "consentrecord_candidate_id_created_at" to table: "consent_records"
DROP INDEX `consentrecord_candidate_id_created_at`;
-- reverse: create "consent_records" table
DROP TABLE `consent_records`;
-- reverse: add column "sensitive_consent_at" to table: "candidates"
ALTER TABLE `candidates` DROP COLUMN `sensitive_consent_at`;
-- reverse: add column "sensitive_consent_version" to table: "candidates"
ALTER TABLE `candidates` DROP COLUMN `sensitive_consent_version`;
