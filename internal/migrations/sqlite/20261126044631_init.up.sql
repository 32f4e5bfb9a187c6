-- create "absentee_bans" table
CREATE TABLE `absentee_bans` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `reason` text NOT NULL DEFAULT (''), `lifted_at` datetime NULL, `candidate_id` text NOT NULL, `region_id` text NOT NULL, `source_session_id` text NOT NULL, `banned_session_id` text NOT NULL, `lifted_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `absentee_bans_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_exam_sessions_source_session` FOREIGN KEY (`source_session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_exam_sessions_banned_session` FOREIGN KEY (`banned_session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `absentee_bans_staff_users_lifted_by` FOREIGN KEY (`lifted_by_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- create index "absenteeban_candidate_id_region_id_banned_session_id" to table: "absentee_bans"
CREATE UNIQUE INDEX `absenteeban_candidate_id_region_id_banned_session_id` ON `absentee_bans` (`candidate_id`, `region_id`, `banned_session_id`);
-- create "admission_tickets" table
CREATE TABLE `admission_tickets` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `seat` integer NOT NULL, `ticket_number` text NOT NULL, `first_printed_at` datetime NULL, `application_id` text NOT NULL, `session_id` text NOT NULL, `site_id` text NOT NULL, `room_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `admission_tickets_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `admission_tickets_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `admission_tickets_exam_sites_site` FOREIGN KEY (`site_id`) REFERENCES `exam_sites` (`id`) ON DELETE NO ACTION, CONSTRAINT `admission_tickets_exam_rooms_room` FOREIGN KEY (`room_id`) REFERENCES `exam_rooms` (`id`) ON DELETE NO ACTION);
-- create index "admission_tickets_ticket_number_key" to table: "admission_tickets"
CREATE UNIQUE INDEX `admission_tickets_ticket_number_key` ON `admission_tickets` (`ticket_number`);
-- create index "admissionticket_application_id" to table: "admission_tickets"
CREATE UNIQUE INDEX `admissionticket_application_id` ON `admission_tickets` (`application_id`);
-- create index "admissionticket_session_id_room_id_seat" to table: "admission_tickets"
CREATE UNIQUE INDEX `admissionticket_session_id_room_id_seat` ON `admission_tickets` (`session_id`, `room_id`, `seat`);
-- create index "admissionticket_room_id" to table: "admission_tickets"
CREATE INDEX `admissionticket_room_id` ON `admission_tickets` (`room_id`);
-- create "applications" table
CREATE TABLE `applications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `level` text NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `version` integer NOT NULL DEFAULT (1), `name` text NOT NULL, `id_type` text NOT NULL, `gender` text NULL, `birth_date` date NULL, `age` integer NULL, `hukou_code` text NULL, `title` text NULL, `title_date` date NULL, `employment` text NULL, `work_unit` text NULL, `work_start_date` date NULL, `education` text NULL, `degree` text NULL, `graduation_date` date NULL, `major_relation` text NULL, `major_name` text NULL, `address` text NULL, `email` text NULL, `mobile` text NULL, `landline` text NULL, `postcode` text NULL, `commitment_accepted_at` datetime NULL, `non_local` bool NULL, `fee_total_fen` integer NULL, `submitted_at` datetime NULL, `review_started_at` datetime NULL, `review_deadline_at` datetime NULL, `decided_at` datetime NULL, `registered_at` datetime NULL, `closed_at` datetime NULL, `lapse_reason` text NULL, `candidate_id` text NOT NULL, `session_id` text NOT NULL, `region_id` text NOT NULL, `area_id` text NULL, `qualification_id` text NULL, `photo_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `applications_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `applications_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `applications_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION, CONSTRAINT `applications_exam_areas_area` FOREIGN KEY (`area_id`) REFERENCES `exam_areas` (`id`) ON DELETE SET NULL, CONSTRAINT `applications_qualifications_qualification` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`) ON DELETE SET NULL, CONSTRAINT `applications_stored_files_photo` FOREIGN KEY (`photo_id`) REFERENCES `stored_files` (`id`) ON DELETE SET NULL);
-- create index "application_candidate_id_session_id" to table: "applications"
CREATE UNIQUE INDEX `application_candidate_id_session_id` ON `applications` (`candidate_id`, `session_id`) WHERE status NOT IN ('WITHDRAWN', 'LAPSED');
-- create index "application_candidate_id_created_at" to table: "applications"
CREATE INDEX `application_candidate_id_created_at` ON `applications` (`candidate_id`, `created_at`);
-- create index "application_region_id_status_submitted_at" to table: "applications"
CREATE INDEX `application_region_id_status_submitted_at` ON `applications` (`region_id`, `status`, `submitted_at`);
-- create index "application_session_id_region_id_status" to table: "applications"
CREATE INDEX `application_session_id_region_id_status` ON `applications` (`session_id`, `region_id`, `status`);
-- create index "application_session_id_region_id_qualification_id" to table: "applications"
CREATE INDEX `application_session_id_region_id_qualification_id` ON `applications` (`session_id`, `region_id`, `qualification_id`);
-- create index "application_status_review_deadline_at" to table: "applications"
CREATE INDEX `application_status_review_deadline_at` ON `applications` (`status`, `review_deadline_at`);
-- create "audit_logs" table
CREATE TABLE `audit_logs` (`id` text NOT NULL, `created_at` datetime NOT NULL, `actor_kind` text NOT NULL, `action` text NOT NULL, `record_type` text NOT NULL DEFAULT (''), `record_id` text NOT NULL DEFAULT (''), `before` json NULL, `after` json NULL, `request_id` text NOT NULL DEFAULT (''), `client_ip` text NOT NULL DEFAULT (''), `staff_id` text NULL, `region_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `audit_logs_staff_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL, CONSTRAINT `audit_logs_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- create index "auditlog_region_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_region_id_created_at` ON `audit_logs` (`region_id`, `created_at`);
-- create index "auditlog_staff_id_created_at" to table: "audit_logs"
CREATE INDEX `auditlog_staff_id_created_at` ON `audit_logs` (`staff_id`, `created_at`);
-- create index "auditlog_record_id" to table: "audit_logs"
CREATE INDEX `auditlog_record_id` ON `audit_logs` (`record_id`);
-- create "auth_sessions" table
CREATE TABLE `auth_sessions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `token_hash` text NOT NULL, `expires_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `revoked_at` datetime NULL, `client_ip` text NOT NULL DEFAULT (''), `user_agent` text NOT NULL DEFAULT (''), `candidate_id` text NULL, `staff_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `auth_sessions_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE SET NULL, CONSTRAINT `auth_sessions_staff_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- create index "auth_sessions_token_hash_key" to table: "auth_sessions"
CREATE UNIQUE INDEX `auth_sessions_token_hash_key` ON `auth_sessions` (`token_hash`);
-- create index "authsession_candidate_id" to table: "auth_sessions"
CREATE INDEX `authsession_candidate_id` ON `auth_sessions` (`candidate_id`);
-- create index "authsession_staff_id" to table: "auth_sessions"
CREATE INDEX `authsession_staff_id` ON `auth_sessions` (`staff_id`);
-- create index "authsession_expires_at" to table: "auth_sessions"
CREATE INDEX `authsession_expires_at` ON `auth_sessions` (`expires_at`);
-- create "calendar_days" table
CREATE TABLE `calendar_days` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `date` date NOT NULL, `kind` text NOT NULL, `name` text NOT NULL, `disabled` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "calendar_days_date_key" to table: "calendar_days"
CREATE UNIQUE INDEX `calendar_days_date_key` ON `calendar_days` (`date`);
-- create "candidates" table
CREATE TABLE `candidates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `provider` text NOT NULL, `subject` text NOT NULL, `name` text NOT NULL, `id_type` text NOT NULL, `id_number_enc` blob NOT NULL, `id_number_hash` text NOT NULL, `id_number_masked` text NOT NULL, `gender` text NULL, `birth_date` date NULL, `privacy_notice_version` text NULL, `privacy_accepted_at` datetime NULL, `last_login_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "candidate_provider_subject" to table: "candidates"
CREATE UNIQUE INDEX `candidate_provider_subject` ON `candidates` (`provider`, `subject`);
-- create index "candidate_id_number_hash" to table: "candidates"
CREATE INDEX `candidate_id_number_hash` ON `candidates` (`id_number_hash`);
-- create "certificates" table
CREATE TABLE `certificates` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` text NOT NULL, `issued_on` date NOT NULL, `application_id` text NOT NULL, `candidate_id` text NOT NULL, `qualification_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `certificates_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `certificates_qualifications_qualification` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`) ON DELETE NO ACTION);
-- create index "certificates_number_key" to table: "certificates"
CREATE UNIQUE INDEX `certificates_number_key` ON `certificates` (`number`);
-- create index "certificate_application_id" to table: "certificates"
CREATE UNIQUE INDEX `certificate_application_id` ON `certificates` (`application_id`);
-- create index "certificate_candidate_id" to table: "certificates"
CREATE INDEX `certificate_candidate_id` ON `certificates` (`candidate_id`);
-- create "exam_areas" table
CREATE TABLE `exam_areas` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `levels` json NOT NULL, `sort_order` integer NOT NULL DEFAULT (0), `disabled` bool NOT NULL DEFAULT (false), `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `exam_areas_regions_areas` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- create index "examarea_region_id_code" to table: "exam_areas"
CREATE UNIQUE INDEX `examarea_region_id_code` ON `exam_areas` (`region_id`, `code`);
-- create "exam_rooms" table
CREATE TABLE `exam_rooms` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `capacity` integer NOT NULL, `disabled` bool NOT NULL DEFAULT (false), `site_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `exam_rooms_exam_sites_rooms` FOREIGN KEY (`site_id`) REFERENCES `exam_sites` (`id`) ON DELETE NO ACTION);
-- create index "examroom_site_id_code" to table: "exam_rooms"
CREATE UNIQUE INDEX `examroom_site_id_code` ON `exam_rooms` (`site_id`, `code`);
-- create "exam_sessions" table
CREATE TABLE `exam_sessions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `year` integer NOT NULL, `half` text NOT NULL, `registration_opens_at` datetime NOT NULL, `registration_closes_at` datetime NOT NULL, `ticket_print_opens_at` datetime NOT NULL, `ticket_print_closes_at` datetime NOT NULL, `first_exam_day` date NOT NULL, `last_exam_day` date NOT NULL, `score_release_at` datetime NULL, `disabled` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "exam_sessions_code_key" to table: "exam_sessions"
CREATE UNIQUE INDEX `exam_sessions_code_key` ON `exam_sessions` (`code`);
-- create index "examsession_first_exam_day" to table: "exam_sessions"
CREATE INDEX `examsession_first_exam_day` ON `exam_sessions` (`first_exam_day`);
-- create "exam_sites" table
CREATE TABLE `exam_sites` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `address` text NOT NULL, `disabled` bool NOT NULL DEFAULT (false), `area_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `exam_sites_exam_areas_sites` FOREIGN KEY (`area_id`) REFERENCES `exam_areas` (`id`) ON DELETE NO ACTION);
-- create index "examsite_area_id_code" to table: "exam_sites"
CREATE UNIQUE INDEX `examsite_area_id_code` ON `exam_sites` (`area_id`, `code`);
-- create "job_runs" table
CREATE TABLE `job_runs` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `started_at` datetime NOT NULL, `finished_at` datetime NULL, `status` text NOT NULL DEFAULT ('RUNNING'), `affected` integer NOT NULL DEFAULT (0), `detail` text NOT NULL DEFAULT (''), PRIMARY KEY (`id`));
-- create index "jobrun_name_started_at" to table: "job_runs"
CREATE INDEX `jobrun_name_started_at` ON `job_runs` (`name`, `started_at`);
-- create "login_tickets" table
CREATE TABLE `login_tickets` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `ticket_hash` text NOT NULL, `provider` text NOT NULL, `provider_ref` text NOT NULL DEFAULT (''), `state` text NOT NULL DEFAULT ('PENDING'), `qr_payload` text NOT NULL, `expires_at` datetime NOT NULL, `decided_at` datetime NULL, `failure` text NOT NULL DEFAULT (''), `client_ip` text NOT NULL DEFAULT (''), `candidate_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `login_tickets_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE SET NULL);
-- create index "login_tickets_ticket_hash_key" to table: "login_tickets"
CREATE UNIQUE INDEX `login_tickets_ticket_hash_key` ON `login_tickets` (`ticket_hash`);
-- create index "loginticket_expires_at" to table: "login_tickets"
CREATE INDEX `loginticket_expires_at` ON `login_tickets` (`expires_at`);
-- create "notices" table
CREATE TABLE `notices` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `title` text NOT NULL, `body` text NOT NULL DEFAULT (''), `published_at` datetime NOT NULL, `sort_order` integer NOT NULL DEFAULT (0), `disabled` bool NOT NULL DEFAULT (false), `session_id` text NULL, `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `notices_exam_sessions_session` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE SET NULL, CONSTRAINT `notices_regions_notices` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- create index "notice_region_id_kind_sort_order" to table: "notices"
CREATE INDEX `notice_region_id_kind_sort_order` ON `notices` (`region_id`, `kind`, `sort_order`);
-- create "offerings" table
CREATE TABLE `offerings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `enabled` bool NOT NULL DEFAULT (true), `session_id` text NOT NULL, `qualification_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `offerings_exam_sessions_offerings` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `offerings_qualifications_offerings` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`) ON DELETE NO ACTION);
-- create index "offering_session_id_qualification_id" to table: "offerings"
CREATE UNIQUE INDEX `offering_session_id_qualification_id` ON `offerings` (`session_id`, `qualification_id`);
-- create index "offering_qualification_id" to table: "offerings"
CREATE INDEX `offering_qualification_id` ON `offerings` (`qualification_id`);
-- create "payment_orders" table
CREATE TABLE `payment_orders` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `out_trade_no` text NOT NULL, `amount_fen` integer NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `provider` text NOT NULL, `provider_txn_id` text NULL, `expires_at` datetime NOT NULL, `paid_at` datetime NULL, `closed_at` datetime NULL, `application_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payment_orders_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION);
-- create index "payment_orders_out_trade_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX `payment_orders_out_trade_no_key` ON `payment_orders` (`out_trade_no`);
-- create index "paymentorder_application_id_status" to table: "payment_orders"
CREATE INDEX `paymentorder_application_id_status` ON `payment_orders` (`application_id`, `status`);
-- create index "paymentorder_status_expires_at" to table: "payment_orders"
CREATE INDEX `paymentorder_status_expires_at` ON `payment_orders` (`status`, `expires_at`);
-- create "qualifications" table
CREATE TABLE `qualifications` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `level` text NOT NULL, `category` text NOT NULL, `default_halves` json NOT NULL, `sort_order` integer NOT NULL DEFAULT (0), `disabled` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "qualifications_code_key" to table: "qualifications"
CREATE UNIQUE INDEX `qualifications_code_key` ON `qualifications` (`code`);
-- create index "qualification_level_sort_order" to table: "qualifications"
CREATE INDEX `qualification_level_sort_order` ON `qualifications` (`level`, `sort_order`);
-- create "regions" table
CREATE TABLE `regions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `disabled` bool NOT NULL DEFAULT (false), `parent_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `regions_regions_children` FOREIGN KEY (`parent_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL);
-- create index "regions_code_key" to table: "regions"
CREATE UNIQUE INDEX `regions_code_key` ON `regions` (`code`);
-- create "region_policies" table
CREATE TABLE `region_policies` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `registration_opens_at` datetime NOT NULL, `registration_closes_at` datetime NOT NULL, `correction_closes_at` datetime NOT NULL, `payment_opens_at` datetime NOT NULL, `payment_closes_at` datetime NOT NULL, `review_mode` text NOT NULL, `review_working_days` integer NOT NULL DEFAULT (3), `fee_per_subject_fen` integer NOT NULL, `fee_junior_fen` integer NULL, `fee_intermediate_fen` integer NULL, `fee_senior_fen` integer NULL, `commitment_required` bool NOT NULL DEFAULT (false), `non_local_allowed` bool NOT NULL DEFAULT (true), `non_local_material_kinds` json NULL, `non_local_material_rule` text NOT NULL DEFAULT ('ANY'), `absentee_ban` bool NOT NULL DEFAULT (false), `session_id` text NOT NULL, `region_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `region_policies_exam_sessions_policies` FOREIGN KEY (`session_id`) REFERENCES `exam_sessions` (`id`) ON DELETE NO ACTION, CONSTRAINT `region_policies_regions_policies` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE NO ACTION);
-- create index "regionpolicy_region_id_session_id" to table: "region_policies"
CREATE UNIQUE INDEX `regionpolicy_region_id_session_id` ON `region_policies` (`region_id`, `session_id`);
-- create index "regionpolicy_session_id" to table: "region_policies"
CREATE INDEX `regionpolicy_session_id` ON `region_policies` (`session_id`);
-- create "rejection_reasons" table
CREATE TABLE `rejection_reasons` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `label` text NOT NULL, `description` text NOT NULL DEFAULT (''), `sort_order` integer NOT NULL DEFAULT (0), `disabled` bool NOT NULL DEFAULT (false), PRIMARY KEY (`id`));
-- create index "rejection_reasons_code_key" to table: "rejection_reasons"
CREATE UNIQUE INDEX `rejection_reasons_code_key` ON `rejection_reasons` (`code`);
-- create "review_claims" table
CREATE TABLE `review_claims` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `application_id` text NOT NULL, `staff_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `review_claims_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `review_claims_staff_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff_users` (`id`) ON DELETE NO ACTION);
-- create index "reviewclaim_application_id" to table: "review_claims"
CREATE UNIQUE INDEX `reviewclaim_application_id` ON `review_claims` (`application_id`);
-- create index "reviewclaim_staff_id" to table: "review_claims"
CREATE INDEX `reviewclaim_staff_id` ON `review_claims` (`staff_id`);
-- create "review_decisions" table
CREATE TABLE `review_decisions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `decision` text NOT NULL, `reason_codes` json NULL, `note` text NOT NULL DEFAULT (''), `application_version` integer NOT NULL, `application_id` text NOT NULL, `staff_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `review_decisions_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `review_decisions_staff_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff_users` (`id`) ON DELETE NO ACTION);
-- create index "reviewdecision_application_id_created_at" to table: "review_decisions"
CREATE INDEX `reviewdecision_application_id_created_at` ON `review_decisions` (`application_id`, `created_at`);
-- create index "reviewdecision_staff_id_created_at" to table: "review_decisions"
CREATE INDEX `reviewdecision_staff_id_created_at` ON `review_decisions` (`staff_id`, `created_at`);
-- create "scores" table
CREATE TABLE `scores` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `points` integer NULL, `absent` bool NOT NULL DEFAULT (false), `application_id` text NOT NULL, `subject_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `scores_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `scores_subjects_subject` FOREIGN KEY (`subject_id`) REFERENCES `subjects` (`id`) ON DELETE NO ACTION);
-- create index "score_application_id_subject_id" to table: "scores"
CREATE UNIQUE INDEX `score_application_id_subject_id` ON `scores` (`application_id`, `subject_id`);
-- create "seed_records" table
CREATE TABLE `seed_records` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `version` integer NOT NULL, PRIMARY KEY (`id`));
-- create index "seed_records_name_key" to table: "seed_records"
CREATE UNIQUE INDEX `seed_records_name_key` ON `seed_records` (`name`);
-- create "staff_users" table
CREATE TABLE `staff_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `username` text NOT NULL, `display_name` text NOT NULL, `role` text NOT NULL, `password_hash` text NOT NULL, `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `totp_secret_enc` blob NULL, `totp_enabled` bool NOT NULL DEFAULT (false), `disabled` bool NOT NULL DEFAULT (false), `last_login_at` datetime NULL, `region_id` text NULL, `created_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `staff_users_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL, CONSTRAINT `staff_users_staff_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- create index "staff_users_username_key" to table: "staff_users"
CREATE UNIQUE INDEX `staff_users_username_key` ON `staff_users` (`username`);
-- create index "staff_users_created_by_id_key" to table: "staff_users"
CREATE UNIQUE INDEX `staff_users_created_by_id_key` ON `staff_users` (`created_by_id`);
-- create index "staffuser_region_id_role" to table: "staff_users"
CREATE INDEX `staffuser_region_id_role` ON `staff_users` (`region_id`, `role`);
-- create "state_changes" table
CREATE TABLE `state_changes` (`id` text NOT NULL, `created_at` datetime NOT NULL, `from_status` text NULL, `to_status` text NOT NULL, `actor_kind` text NOT NULL, `reason` text NOT NULL DEFAULT (''), `application_id` text NOT NULL, `staff_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `state_changes_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `state_changes_staff_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- create index "statechange_application_id_created_at" to table: "state_changes"
CREATE INDEX `statechange_application_id_created_at` ON `state_changes` (`application_id`, `created_at`);
-- create "stored_files" table
CREATE TABLE `stored_files` (`id` text NOT NULL, `created_at` datetime NOT NULL, `kind` text NOT NULL, `material_kind` text NULL, `content_type` text NOT NULL, `size_bytes` integer NOT NULL, `sha256` text NOT NULL, `original_name` text NOT NULL DEFAULT (''), `width` integer NULL, `height` integer NULL, `owner_id` text NOT NULL, `application_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `stored_files_candidates_owner` FOREIGN KEY (`owner_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `stored_files_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE SET NULL);
-- create index "storedfile_owner_id_kind" to table: "stored_files"
CREATE INDEX `storedfile_owner_id_kind` ON `stored_files` (`owner_id`, `kind`);
-- create index "storedfile_application_id" to table: "stored_files"
CREATE INDEX `storedfile_application_id` ON `stored_files` (`application_id`);
-- create index "storedfile_sha256" to table: "stored_files"
CREATE INDEX `storedfile_sha256` ON `stored_files` (`sha256`);
-- create "subjects" table
CREATE TABLE `subjects` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `order` integer NOT NULL, `name` text NOT NULL, `duration_minutes` integer NOT NULL, `sitting` integer NOT NULL, `full_marks` integer NOT NULL, `pass_mark` integer NOT NULL, `qualification_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `subjects_qualifications_subjects` FOREIGN KEY (`qualification_id`) REFERENCES `qualifications` (`id`) ON DELETE NO ACTION);
-- create index "subject_qualification_id_order" to table: "subjects"
CREATE UNIQUE INDEX `subject_qualification_id_order` ON `subjects` (`qualification_id`, `order`);
-- create "submit_keys" table
CREATE TABLE `submit_keys` (`id` text NOT NULL, `created_at` datetime NOT NULL, `key` text NOT NULL, `candidate_id` text NOT NULL, `application_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `submit_keys_candidates_candidate` FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE NO ACTION, CONSTRAINT `submit_keys_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION);
-- create index "submitkey_candidate_id_key" to table: "submit_keys"
CREATE UNIQUE INDEX `submitkey_candidate_id_key` ON `submit_keys` (`candidate_id`, `key`);
