-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_absentee_bans" table
CREATE TABLE `new_absentee_bans` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `reason` text NOT NULL DEFAULT (''), `lifted_at` datetime NULL, `lifted_by_id` text NULL, `lift_reason` text NULL, `candidate_id` text NOT NULL, `region_id` text NOT NULL, `source_session_id` text NOT NULL, `application_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `absentee_bans_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_exam_sessions_source_session` FOREIGN KEY (`source_session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "absentee_bans" to new temporary table "new_absentee_bans"
INSERT INTO `new_absentee_bans` (`id`, `created_at`, `updated_at`, `reason`, `lifted_at`, `lifted_by_id`, `candidate_id`, `region_id`, `source_session_id`) SELECT `id`, `created_at`, `updated_at`, `reason`, `lifted_at`, `lifted_by_id`, `candidate_id`, `region_id`, `source_session_id` FROM `absentee_bans`;
-- drop "absentee_bans" table after copying rows
DROP TABLE `absentee_bans`;
-- rename temporary table "new_absentee_bans" to "absentee_bans"
ALTER TABLE `new_absentee_bans` RENAME TO `absentee_bans`;
-- create index "absenteeban_application_id" to table: "absentee_bans"
CREATE UNIQUE INDEX `absenteeban_application_id` ON `absentee_bans` (`application_id`);
-- create index "absenteeban_candidate_id_region_id" to table: "absentee_bans"
CREATE INDEX `absenteeban_candidate_id_region_id` ON `absentee_bans` (`candidate_id`, `region_id`);
-- create index "absenteeban_source_session_id_region_id" to table: "absentee_bans"
CREATE INDEX `absenteeban_source_session_id_region_id` ON `absentee_bans` (`source_session_id`, `region_id`);
-- create "new_certificates" table
CREATE TABLE `new_certificates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` text NOT NULL, `issued_on` date NOT NULL, `application_id` text NOT NULL, `candidate_id` text NOT NULL, `qualification_id` text NOT NULL, `session_id` text NOT NULL, `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `certificates_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_qualifications_qualification` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "certificates" to new temporary table "new_certificates"
INSERT INTO `new_certificates` (`id`, `created_at`, `updated_at`, `number`, `issued_on`, `application_id`, `candidate_id`, `qualification_id`) SELECT `id`, `created_at`, `updated_at`, `number`, `issued_on`, `application_id`, `candidate_id`, `qualification_id` FROM `certificates`;
-- drop "certificates" table after copying rows
DROP TABLE `certificates`;
-- rename temporary table "new_certificates" to "certificates"
ALTER TABLE `new_certificates` RENAME TO `certificates`;
-- create index "certificates_number_key" to table: "certificates"
CREATE UNIQUE INDEX `certificates_number_key` ON `certificates` (`number`);
-- create index "certificate_application_id" to table: "certificates"
CREATE UNIQUE INDEX `certificate_application_id` ON `certificates` (`application_id`);
-- create index "certificate_candidate_id" to table: "certificates"
CREATE INDEX `certificate_candidate_id` ON `certificates` (`candidate_id`);
-- create index "certificate_session_id_region_id_qualification_id" to table: "certificates"
CREATE INDEX `certificate_session_id_region_id_qualification_id` ON `certificates` (`session_id`, `region_id`, `qualification_id`);
-- add column "session_id" to table: "scores"
ALTER TABLE `scores` ADD COLUMN `session_id` text NOT NULL;
-- create "pass_marks" table
CREATE TABLE `pass_marks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `pass_mark` integer NOT NULL, `session_id` text NOT NULL, `subject_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `pass_marks_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `pass_marks_subjects_subject` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`) ON DELETE NO ACTION);
-- create index "passmark_session_id_subject_id" to table: "pass_marks"
CREATE UNIQUE INDEX `passmark_session_id_subject_id` ON `pass_marks` (`session_id`, `subject_id`);
-- create "score_changes" table
CREATE TABLE `score_changes` (`id` text NOT NULL, `import_id` text NOT NULL, `line` integer NOT NULL, `application_id` text NOT NULL, `subject_id` text NOT NULL, `points_before` integer NULL, `absent_before` bool NOT NULL, `points_after` integer NULL, `absent_after` bool NOT NULL, PRIMARY KEY (`id`));
-- create index "scorechange_import_id_line" to table: "score_changes"
CREATE INDEX `scorechange_import_id_line` ON `score_changes` (`import_id`, `line`);
-- create index "scorechange_application_id" to table: "score_changes"
CREATE INDEX `scorechange_application_id` ON `score_changes` (`application_id`);
-- create "score_imports" table
CREATE TABLE `score_imports` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `file_name` text NOT NULL DEFAULT (''), `file_sum` text NOT NULL, `file_bytes` integer NOT NULL, `status` text NOT NULL DEFAULT ('RUNNING'), `encoding` text NOT NULL DEFAULT (''), `lines` integer NOT NULL DEFAULT (0), `problem_count` integer NOT NULL DEFAULT (0), `added` integer NOT NULL DEFAULT (0), `changed` integer NOT NULL DEFAULT (0), `unchanged` integer NOT NULL DEFAULT (0), `run_by_id` text NULL, `run_by_name` text NOT NULL DEFAULT (''), `detail` text NOT NULL DEFAULT (''), `started_at` datetime NOT NULL, `finished_at` datetime NULL, `applied_at` datetime NULL, `applied_by_id` text NULL, `session_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `score_imports_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION);
-- create index "scoreimport_session_id_created_at" to table: "score_imports"
CREATE INDEX `scoreimport_session_id_created_at` ON `score_imports` (`session_id`, `created_at`);
-- create "score_problems" table
CREATE TABLE `score_problems` (`id` text NOT NULL, `import_id` text NOT NULL, `line` integer NOT NULL, `column` text NOT NULL DEFAULT (''), `code` text NOT NULL, `message` text NOT NULL, PRIMARY KEY (`id`));
-- create index "scoreproblem_import_id_line" to table: "score_problems"
CREATE INDEX `scoreproblem_import_id_line` ON `score_problems` (`import_id`, `line`);
-- create "score_stages" table
CREATE TABLE `score_stages` (`id` text NOT NULL, `import_id` text NOT NULL, `line` integer NOT NULL, `application_id` text NOT NULL, `subject_id` text NOT NULL, `points` integer NULL, `absent` bool NOT NULL, PRIMARY KEY (`id`));
-- create index "scorestage_import_id_line" to table: "score_stages"
CREATE INDEX `scorestage_import_id_line` ON `score_stages` (`import_id`, `line`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
