-- create index "auditlog_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_created_at` ON `audit_logs` (`created_at`);
-- add column "anonymized_at" to table: "candidates"
ALTER TABLE `candidates` ADD COLUMN `anonymized_at` datetime NULL;
-- create "data_requests" table
CREATE TABLE `data_requests` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `reason` text NOT NULL DEFAULT (''), `decision_reason` text NOT NULL DEFAULT (''), `retention_codes` json NULL, `decided_by_id` text NULL, `decided_at` datetime NULL, `done_at` datetime NULL, `candidate_id` text NOT NULL, `region_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `data_requests_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `data_requests_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- create index "datarequest_candidate_id_created_at" to table: "data_requests"
CREATE INDEX `datarequest_candidate_id_created_at` ON `data_requests` (`candidate_id`, `created_at`);
-- create index "datarequest_region_id_status_created_at" to table: "data_requests"
CREATE INDEX `datarequest_region_id_status_created_at` ON `data_requests` (`region_id`, `status`, `created_at`);
-- create index "datarequest_status_created_at" to table: "data_requests"
CREATE INDEX `datarequest_status_created_at` ON `data_requests` (`status`, `created_at`);
