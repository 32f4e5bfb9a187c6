-- add column "sensitive_consent_version" to table: "candidates"
ALTER TABLE `candidates` ADD COLUMN `sensitive_consent_version` text NULL;
-- add column "sensitive_consent_at" to table: "candidates"
ALTER TABLE `candidates` ADD COLUMN `sensitive_consent_at` datetime NULL;
-- create "consent_records" table
CREATE TABLE `consent_records` (`id` text NOT NULL, `created_at` datetime NOT NULL, `action` text NOT NULL, `notice_version` text NOT NULL, `general` bool NOT NULL, `sensitive` bool NOT NULL, `client_ip` text NOT NULL DEFAULT (''), `user_agent` text NOT NULL DEFAULT (''), `candidate_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `consent_records_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION);
-- create index "consentrecord_candidate_id_created_at" to table: "consent_records"
CREATE INDEX `consentrecord_candidate_id_created_at` ON `consent_records` (`candidate_id`, `created_at`);
