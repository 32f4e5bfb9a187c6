-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "plan_run_id" to table: "admission_tickets"
ALTER TABLE `admission_tickets` ADD COLUMN `plan_run_id` text NULL;
-- create "new_region_policies" table
CREATE TABLE `new_region_policies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `registration_opens_at` datetime NOT NULL, `registration_closes_at` datetime NOT NULL, `correction_closes_at` datetime NOT NULL, `payment_opens_at` datetime NOT NULL, `payment_closes_at` datetime NOT NULL, `review_mode` text NOT NULL, `review_working_days` integer NOT NULL DEFAULT (3), `fee_per_subject_fen` integer NOT NULL, `fee_junior_fen` integer NULL, `fee_intermediate_fen` integer NULL, `fee_senior_fen` integer NULL, `commitment_required` bool NOT NULL DEFAULT (false), `non_local_allowed` bool NOT NULL DEFAULT (true), `non_local_material_kinds` json NULL, `non_local_material_rule` text NOT NULL DEFAULT ('ANY'), `absentee_ban` bool NOT NULL DEFAULT (false), `seat_policy` text NOT NULL DEFAULT ('MIXED'), `session_id` text NOT NULL, `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `region_policies_exam_sessions_policies` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `region_policies_regions_policies` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "region_policies" to new temporary table "new_region_policies"
INSERT INTO `new_region_policies` (`id`, `created_at`, `updated_at`, `registration_opens_at`, `registration_closes_at`, `correction_closes_at`, `payment_opens_at`, `payment_closes_at`, `review_mode`, `review_working_days`, `fee_per_subject_fen`, `fee_junior_fen`, `fee_intermediate_fen`, `fee_senior_fen`, `commitment_required`, `non_local_allowed`, `non_local_material_kinds`, `non_local_material_rule`, `absentee_ban`, `session_id`, `region_id`) SELECT `id`, `created_at`, `updated_at`, `registration_opens_at`, `registration_closes_at`, `correction_closes_at`, `payment_opens_at`, `payment_closes_at`, `review_mode`, `review_working_days`, `fee_per_subject_fen`, `fee_junior_fen`, `fee_intermediate_fen`, `fee_senior_fen`, `commitment_required`, `non_local_allowed`, `non_local_material_kinds`, `non_local_material_rule`, `absentee_ban`, `session_id`, `region_id` FROM `region_policies`;
-- drop "region_policies" table after copying rows
DROP TABLE `region_policies`;
-- rename temporary table "new_region_policies" to "region_policies"
ALTER TABLE `new_region_policies` RENAME TO `region_policies`;
-- create index "regionpolicy_region_id_session_id" to table: "region_policies"
CREATE UNIQUE INDEX `regionpolicy_region_id_session_id` ON `region_policies` (`region_id`, `session_id`);
-- create index "regionpolicy_session_id" to table: "region_policies"
CREATE INDEX `regionpolicy_session_id` ON `region_policies` (`session_id`);
-- create "seat_plan_runs" table
CREATE TABLE `seat_plan_runs` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `seating` text NOT NULL, `seed` text NOT NULL, `inputs_digest` text NULL, `status` text NOT NULL DEFAULT ('RUNNING'), `run_by_id` text NOT NULL, `candidates` integer NOT NULL DEFAULT (0), `staged` integer NOT NULL DEFAULT (0), `shortfalls` json NULL, `detail` text NOT NULL DEFAULT (''), `started_at` datetime NOT NULL, `finished_at` datetime NULL, `published_at` datetime NULL, `published_by_id` text NULL, `session_id` text NOT NULL, `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `seat_plan_runs_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `seat_plan_runs_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- create index "seatplanrun_session_id_region_id_created_at" to table: "seat_plan_runs"
CREATE INDEX `seatplanrun_session_id_region_id_created_at` ON `seat_plan_runs` (`session_id`, `region_id`, `created_at`);
-- create "seat_stages" table
CREATE TABLE `seat_stages` (`id` text NOT NULL, `run_id` text NOT NULL, `application_id` text NOT NULL, `session_id` text NOT NULL, `site_id` text NOT NULL, `room_id` text NOT NULL, `seat` integer NOT NULL, `ticket_number` text NOT NULL, PRIMARY KEY (`id`));
-- create index "seatstage_run_id_application_id" to table: "seat_stages"
CREATE UNIQUE INDEX `seatstage_run_id_application_id` ON `seat_stages` (`run_id`, `application_id`);
-- create index "seatstage_run_id_room_id_seat" to table: "seat_stages"
CREATE UNIQUE INDEX `seatstage_run_id_room_id_seat` ON `seat_stages` (`run_id`, `room_id`, `seat`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
