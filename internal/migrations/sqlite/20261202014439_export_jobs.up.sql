-- create index "application_session_id_region_id_id" to table: "applications"
CREATE INDEX `application_session_id_region_id_id` ON `applications` (`session_id`, `region_id`, `id`);
-- create "export_jobs" table
CREATE TABLE `export_jobs` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL DEFAULT ('APPLICATIONS'), `format` text NOT NULL, `full_id_numbers` bool NOT NULL DEFAULT (false), `statuses` json NOT NULL, `status` text NOT NULL DEFAULT ('QUEUED'), `rows_done` integer NOT NULL DEFAULT (0), `rows_total` integer NOT NULL DEFAULT (0), `requested_by_id` text NOT NULL, `started_at` datetime NULL, `finished_at` datetime NULL, `file_sum` text NULL, `file_bytes` integer NULL, `error` text NOT NULL DEFAULT (''), `session_id` text NOT NULL, `region_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `export_jobs_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `export_jobs_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- create index "exportjob_session_id_region_id_created_at" to table: "export_jobs"
CREATE INDEX `exportjob_session_id_region_id_created_at` ON `export_jobs` (`session_id`, `region_id`, `created_at`);
-- create index "exportjob_status_updated_at" to table: "export_jobs"
CREATE INDEX `exportjob_status_updated_at` ON `export_jobs` (`status`, `updated_at`);
