-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_candidates" table
CREATE TABLE `new_candidates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider` text NOT NULL, `subject` text NOT NULL, `name` text NOT NULL, `id_type` text NOT NULL, `id_number_enc` blob NOT NULL, `id_number_hash` text NOT NULL, `id_number_masked` text NOT NULL, `gender` text NULL, `birth_date` date NULL, `privacy_notice_version` text NULL, `privacy_accepted_at` datetime NULL, `last_login_at` datetime NULL, `sms_opt_out` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- copy rows from old table "candidates" to new temporary table "new_candidates"
INSERT INTO `new_candidates` (`id`, `created_at`, `updated_at`, `provider`, `subject`, `name`, `id_type`, `id_number_enc`, `id_number_hash`, `id_number_masked`, `gender`, `birth_date`, `privacy_notice_version`, `privacy_accepted_at`, `last_login_at`) SELECT `id`, `created_at`, `updated_at`, `provider`, `subject`, `name`, `id_type`, `id_number_enc`, `id_number_hash`, `id_number_masked`, `gender`, `birth_date`, `privacy_notice_version`, `privacy_accepted_at`, `last_login_at` FROM `candidates`;
-- drop "candidates" table after copying rows
DROP TABLE `candidates`;
-- rename temporary table "new_candidates" to "candidates"
ALTER TABLE `new_candidates` RENAME TO `candidates`;
-- create index "candidate_provider_subject" to table: "candidates"
CREATE UNIQUE INDEX `candidate_provider_subject` ON `candidates` (`provider`, `subject`);
-- create index "candidate_id_number_hash" to table: "candidates"
CREATE INDEX `candidate_id_number_hash` ON `candidates` (`id_number_hash`);
-- create "deliveries" table
CREATE TABLE `deliveries` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `region_id` text NOT NULL, `channel` text NOT NULL, `status` text NOT NULL DEFAULT ('QUEUED'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `lease_until` datetime NULL, `last_error` text NOT NULL DEFAULT (''), `sent_at` datetime NULL, `idempotency_key` text NOT NULL, `message_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `deliveries_messages_message` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE NO ACTION);
-- create index "deliveries_idempotency_key_key" to table: "deliveries"
CREATE UNIQUE INDEX `deliveries_idempotency_key_key` ON `deliveries` (`idempotency_key`);
-- create index "delivery_status_next_attempt_at" to table: "deliveries"
CREATE INDEX `delivery_status_next_attempt_at` ON `deliveries` (`status`, `next_attempt_at`);
-- create index "delivery_region_id_status" to table: "deliveries"
CREATE INDEX `delivery_region_id_status` ON `deliveries` (`region_id`, `status`);
-- create index "delivery_message_id" to table: "deliveries"
CREATE INDEX `delivery_message_id` ON `deliveries` (`message_id`);
-- create "fanouts" table
CREATE TABLE `fanouts` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `session_id` text NULL, `region_id` text NULL, `area_id` text NULL, `params` json NULL, `idempotency_key` text NOT NULL, `cursor` text NOT NULL DEFAULT (''), `expanded` integer NOT NULL DEFAULT (0), `done` bool NOT NULL DEFAULT (false), `created_by_id` text NULL, PRIMARY KEY (`id`));
-- create index "fanouts_idempotency_key_key" to table: "fanouts"
CREATE UNIQUE INDEX `fanouts_idempotency_key_key` ON `fanouts` (`idempotency_key`);
-- create index "fanout_done" to table: "fanouts"
CREATE INDEX `fanout_done` ON `fanouts` (`done`);
-- create "messages" table
CREATE TABLE `messages` (`id` text NOT NULL, `created_at` datetime NOT NULL, `region_id` text NOT NULL, `kind` text NOT NULL, `essential` bool NOT NULL DEFAULT (false), `params` json NULL, `idempotency_key` text NOT NULL, `fanout_id` text NULL, `subject` text NOT NULL DEFAULT (''), `body` text NOT NULL DEFAULT (''), `read_at` datetime NULL, `candidate_id` text NOT NULL, `application_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `messages_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `messages_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE SET NULL);
-- create index "messages_idempotency_key_key" to table: "messages"
CREATE UNIQUE INDEX `messages_idempotency_key_key` ON `messages` (`idempotency_key`);
-- create index "message_candidate_id_created_at" to table: "messages"
CREATE INDEX `message_candidate_id_created_at` ON `messages` (`candidate_id`, `created_at`);
-- create index "message_region_id_created_at" to table: "messages"
CREATE INDEX `message_region_id_created_at` ON `messages` (`region_id`, `created_at`);
-- create index "message_fanout_id" to table: "messages"
CREATE INDEX `message_fanout_id` ON `messages` (`fanout_id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
