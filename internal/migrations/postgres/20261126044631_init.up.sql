-- create "absentee_bans" table
CREATE TABLE "absentee_bans" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "reason" character varying NOT NULL DEFAULT '', "lifted_at" timestamptz NULL, "candidate_id" character varying NOT NULL, "region_id" character varying NOT NULL, "source_session_id" character varying NOT NULL, "banned_session_id" character varying NOT NULL, "lifted_by_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "absenteeban_candidate_id_region_id_banned_session_id" to table: "absentee_bans"
CREATE UNIQUE INDEX "absenteeban_candidate_id_region_id_banned_session_id" ON "absentee_bans" ("candidate_id", "region_id", "banned_session_id");
-- create "admission_tickets" table
CREATE TABLE "admission_tickets" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "seat" bigint NOT NULL, "ticket_number" character varying NOT NULL, "first_printed_at" timestamptz NULL, "application_id" character varying NOT NULL, "session_id" character varying NOT NULL, "site_id" character varying NOT NULL, "room_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "admission_tickets_ticket_number_key" to table: "admission_tickets"
CREATE UNIQUE INDEX "admission_tickets_ticket_number_key" ON "admission_tickets" ("ticket_number");
-- create index "admissionticket_application_id" to table: "admission_tickets"
CREATE UNIQUE INDEX "admissionticket_application_id" ON "admission_tickets" ("application_id");
-- create index "admissionticket_room_id" to table: "admission_tickets"
CREATE INDEX "admissionticket_room_id" ON "admission_tickets" ("room_id");
-- create index "admissionticket_session_id_room_id_seat" to table: "admission_tickets"
CREATE UNIQUE INDEX "admissionticket_session_id_room_id_seat" ON "admission_tickets" ("session_id", "room_id", "seat");
-- create "applications" table
CREATE TABLE "applications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "level" character varying NULL, "status" character varying NOT NULL DEFAULT 'DRAFT', "version" bigint NOT NULL DEFAULT 1, "name" character varying NOT NULL, "id_type" character varying NOT NULL, "gender" character varying NULL, "birth_date" date NULL, "age" bigint NULL, "hukou_code" character varying NULL, "title" character varying NULL, "title_date" date NULL, "employment" character varying NULL, "work_unit" character varying NULL, "work_start_date" date NULL, "education" character varying NULL, "degree" character varying NULL, "graduation_date" date NULL, "major_relation" character varying NULL, "major_name" character varying NULL, "address" character varying NULL, "email" character varying NULL, "mobile" character varying NULL, "landline" character varying NULL, "postcode" character varying NULL, "commitment_accepted_at" timestamptz NULL, "non_local" boolean NULL, "fee_total_fen" bigint NULL, "submitted_at" timestamptz NULL, "review_started_at" timestamptz NULL, "review_deadline_at" timestamptz NULL, "decided_at" timestamptz NULL, "registered_at" timestamptz NULL, "closed_at" timestamptz NULL, "lapse_reason" character varying NULL, "candidate_id" character varying NOT NULL, "session_id" character varying NOT NULL, "region_id" character varying NOT NULL, "area_id" character varying NULL, "qualification_id" character varying NULL, "photo_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "application_candidate_id_created_at" to table: "applications"
CREATE INDEX "application_candidate_id_created_at" ON "applications" ("candidate_id", "created_at");
-- create index "application_candidate_id_session_id" to table: "applications"
CREATE UNIQUE INDEX "application_candidate_id_session_id" ON "applications" ("candidate_id", "session_id") WHERE status NOT IN ('WITHDRAWN', 'LAPSED');
-- create index "application_region_id_status_submitted_at" to table: "applications"
CREATE INDEX "application_region_id_status_submitted_at" ON "applications" ("region_id", "status", "submitted_at");
-- create index "application_session_id_region_id_qualification_id" to table: "applications"
CREATE INDEX "application_session_id_region_id_qualification_id" ON "applications" ("session_id", "region_id", "qualification_id");
-- create index "application_session_id_region_id_status" to table: "applications"
CREATE INDEX "application_session_id_region_id_status" ON "applications" ("session_id", "region_id", "status");
-- create index "application_status_review_deadline_at" to table: "applications"
CREATE INDEX "application_status_review_deadline_at" ON "applications" ("status", "review_deadline_at");
-- create "audit_logs" table
CREATE TABLE "audit_logs" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "actor_kind" character varying NOT NULL, "action" character varying NOT NULL, "record_type" character varying NOT NULL DEFAULT '', "record_id" character varying NOT NULL DEFAULT '', "before" jsonb NULL, "after" jsonb NULL, "request_id" character varying NOT NULL DEFAULT '', "client_ip" character varying NOT NULL DEFAULT '', "staff_id" character varying NULL, "region_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "auditlog_record_id" to table: "audit_logs"
CREATE INDEX "auditlog_record_id" ON "audit_logs" ("record_id");
-- create index "auditlog_region_id_created_at" to table: "audit_logs"
CREATE INDEX "auditlog_region_id_created_at" ON "audit_logs" ("region_id", "created_at");
-- create index "auditlog_staff_id_created_at" to table: "audit_logs"
CREATE INDEX "auditlog_staff_id_created_at" ON "audit_logs" ("staff_id", "created_at");
-- create "auth_sessions" table
CREATE TABLE "auth_sessions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "token_hash" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "last_seen_at" timestamptz NOT NULL, "revoked_at" timestamptz NULL, "client_ip" character varying NOT NULL DEFAULT '', "user_agent" character varying NOT NULL DEFAULT '', "candidate_id" character varying NULL, "staff_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "auth_sessions_token_hash_key" to table: "auth_sessions"
CREATE UNIQUE INDEX "auth_sessions_token_hash_key" ON "auth_sessions" ("token_hash");
-- create index "authsession_candidate_id" to table: "auth_sessions"
CREATE INDEX "authsession_candidate_id" ON "auth_sessions" ("candidate_id");
-- create index "authsession_expires_at" to table: "auth_sessions"
CREATE INDEX "authsession_expires_at" ON "auth_sessions" ("expires_at");
-- create index "authsession_staff_id" to table: "auth_sessions"
CREATE INDEX "authsession_staff_id" ON "auth_sessions" ("staff_id");
-- create "calendar_days" table
CREATE TABLE "calendar_days" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "date" date NOT NULL, "kind" character varying NOT NULL, "name" character varying NOT NULL, "disabled" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "calendar_days_date_key" to table: "calendar_days"
CREATE UNIQUE INDEX "calendar_days_date_key" ON "calendar_days" ("date");
-- create "candidates" table
CREATE TABLE "candidates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "provider" character varying NOT NULL, "subject" character varying NOT NULL, "name" character varying NOT NULL, "id_type" character varying NOT NULL, "id_number_enc" bytea NOT NULL, "id_number_hash" character varying NOT NULL, "id_number_masked" character varying NOT NULL, "gender" character varying NULL, "birth_date" date NULL, "privacy_notice_version" character varying NULL, "privacy_accepted_at" timestamptz NULL, "last_login_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "candidate_id_number_hash" to table: "candidates"
CREATE INDEX "candidate_id_number_hash" ON "candidates" ("id_number_hash");
-- create index "candidate_provider_subject" to table: "candidates"
CREATE UNIQUE INDEX "candidate_provider_subject" ON "candidates" ("provider", "subject");
-- create "certificates" table
CREATE TABLE "certificates" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "number" character varying NOT NULL, "issued_on" date NOT NULL, "application_id" character varying NOT NULL, "candidate_id" character varying NOT NULL, "qualification_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "certificate_application_id" to table: "certificates"
CREATE UNIQUE INDEX "certificate_application_id" ON "certificates" ("application_id");
-- create index "certificate_candidate_id" to table: "certificates"
CREATE INDEX "certificate_candidate_id" ON "certificates" ("candidate_id");
-- create index "certificates_number_key" to table: "certificates"
CREATE UNIQUE INDEX "certificates_number_key" ON "certificates" ("number");
-- create "exam_areas" table
CREATE TABLE "exam_areas" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "levels" jsonb NOT NULL, "sort_order" bigint NOT NULL DEFAULT 0, "disabled" boolean NOT NULL DEFAULT false, "region_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "examarea_region_id_code" to table: "exam_areas"
CREATE UNIQUE INDEX "examarea_region_id_code" ON "exam_areas" ("region_id", "code");
-- create "exam_rooms" table
CREATE TABLE "exam_rooms" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "capacity" bigint NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "site_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "examroom_site_id_code" to table: "exam_rooms"
CREATE UNIQUE INDEX "examroom_site_id_code" ON "exam_rooms" ("site_id", "code");
-- create "exam_sessions" table
CREATE TABLE "exam_sessions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "year" bigint NOT NULL, "half" character varying NOT NULL, "registration_opens_at" timestamptz NOT NULL, "registration_closes_at" timestamptz NOT NULL, "ticket_print_opens_at" timestamptz NOT NULL, "ticket_print_closes_at" timestamptz NOT NULL, "first_exam_day" date NOT NULL, "last_exam_day" date NOT NULL, "score_release_at" timestamptz NULL, "disabled" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "exam_sessions_code_key" to table: "exam_sessions"
CREATE UNIQUE INDEX "exam_sessions_code_key" ON "exam_sessions" ("code");
-- create index "examsession_first_exam_day" to table: "exam_sessions"
CREATE INDEX "examsession_first_exam_day" ON "exam_sessions" ("first_exam_day");
-- create "exam_sites" table
CREATE TABLE "exam_sites" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "address" character varying NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "area_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "examsite_area_id_code" to table: "exam_sites"
CREATE UNIQUE INDEX "examsite_area_id_code" ON "exam_sites" ("area_id", "code");
-- create "job_runs" table
CREATE TABLE "job_runs" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "started_at" timestamptz NOT NULL, "finished_at" timestamptz NULL, "status" character varying NOT NULL DEFAULT 'RUNNING', "affected" bigint NOT NULL DEFAULT 0, "detail" text NOT NULL DEFAULT '', PRIMARY KEY ("id"));
-- create index "jobrun_name_started_at" to table: "job_runs"
CREATE INDEX "jobrun_name_started_at" ON "job_runs" ("name", "started_at");
-- create "login_tickets" table
CREATE TABLE "login_tickets" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "ticket_hash" character varying NOT NULL, "provider" character varying NOT NULL, "provider_ref" character varying NOT NULL DEFAULT '', "state" character varying NOT NULL DEFAULT 'PENDING', "qr_payload" character varying NOT NULL, "expires_at" timestamptz NOT NULL, "decided_at" timestamptz NULL, "failure" character varying NOT NULL DEFAULT '', "client_ip" character varying NOT NULL DEFAULT '', "candidate_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "login_tickets_ticket_hash_key" to table: "login_tickets"
CREATE UNIQUE INDEX "login_tickets_ticket_hash_key" ON "login_tickets" ("ticket_hash");
-- create index "loginticket_expires_at" to table: "login_tickets"
CREATE INDEX "loginticket_expires_at" ON "login_tickets" ("expires_at");
-- create "notices" table
CREATE TABLE "notices" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "title" character varying NOT NULL, "body" text NOT NULL DEFAULT '', "published_at" timestamptz NOT NULL, "sort_order" bigint NOT NULL DEFAULT 0, "disabled" boolean NOT NULL DEFAULT false, "session_id" character varying NULL, "region_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "notice_region_id_kind_sort_order" to table: "notices"
CREATE INDEX "notice_region_id_kind_sort_order" ON "notices" ("region_id", "kind", "sort_order");
-- create "offerings" table
CREATE TABLE "offerings" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "session_id" character varying NOT NULL, "qualification_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "offering_qualification_id" to table: "offerings"
CREATE INDEX "offering_qualification_id" ON "offerings" ("qualification_id");
-- create index "offering_session_id_qualification_id" to table: "offerings"
CREATE UNIQUE INDEX "offering_session_id_qualification_id" ON "offerings" ("session_id", "qualification_id");
-- create "payment_orders" table
CREATE TABLE "payment_orders" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "out_trade_no" character varying NOT NULL, "amount_fen" bigint NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "provider" character varying NOT NULL, "provider_txn_id" character varying NULL, "expires_at" timestamptz NOT NULL, "paid_at" timestamptz NULL, "closed_at" timestamptz NULL, "application_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "payment_orders_out_trade_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX "payment_orders_out_trade_no_key" ON "payment_orders" ("out_trade_no");
-- create index "paymentorder_application_id_status" to table: "payment_orders"
CREATE INDEX "paymentorder_application_id_status" ON "payment_orders" ("application_id", "status");
-- create index "paymentorder_status_expires_at" to table: "payment_orders"
CREATE INDEX "paymentorder_status_expires_at" ON "payment_orders" ("status", "expires_at");
-- create "qualifications" table
CREATE TABLE "qualifications" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "level" character varying NOT NULL, "category" character varying NOT NULL, "default_halves" jsonb NOT NULL, "sort_order" bigint NOT NULL DEFAULT 0, "disabled" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "qualification_level_sort_order" to table: "qualifications"
CREATE INDEX "qualification_level_sort_order" ON "qualifications" ("level", "sort_order");
-- create index "qualifications_code_key" to table: "qualifications"
CREATE UNIQUE INDEX "qualifications_code_key" ON "qualifications" ("code");
-- create "regions" table
CREATE TABLE "regions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "kind" character varying NOT NULL, "disabled" boolean NOT NULL DEFAULT false, "parent_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "regions_regions_children" FOREIGN KEY ("parent_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "regions_code_key" to table: "regions"
CREATE UNIQUE INDEX "regions_code_key" ON "regions" ("code");
-- create "region_policies" table
CREATE TABLE "region_policies" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "registration_opens_at" timestamptz NOT NULL, "registration_closes_at" timestamptz NOT NULL, "correction_closes_at" timestamptz NOT NULL, "payment_opens_at" timestamptz NOT NULL, "payment_closes_at" timestamptz NOT NULL, "review_mode" character varying NOT NULL, "review_working_days" bigint NOT NULL DEFAULT 3, "fee_per_subject_fen" bigint NOT NULL, "fee_junior_fen" bigint NULL, "fee_intermediate_fen" bigint NULL, "fee_senior_fen" bigint NULL, "commitment_required" boolean NOT NULL DEFAULT false, "non_local_allowed" boolean NOT NULL DEFAULT true, "non_local_material_kinds" jsonb NULL, "non_local_material_rule" character varying NOT NULL DEFAULT 'ANY', "absentee_ban" boolean NOT NULL DEFAULT false, "session_id" character varying NOT NULL, "region_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "regionpolicy_region_id_session_id" to table: "region_policies"
CREATE UNIQUE INDEX "regionpolicy_region_id_session_id" ON "region_policies" ("region_id", "session_id");
-- create index "regionpolicy_session_id" to table: "region_policies"
CREATE INDEX "regionpolicy_session_id" ON "region_policies" ("session_id");
-- create "rejection_reasons" table
CREATE TABLE "rejection_reasons" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "code" character varying NOT NULL, "label" character varying NOT NULL, "description" character varying NOT NULL DEFAULT '', "sort_order" bigint NOT NULL DEFAULT 0, "disabled" boolean NOT NULL DEFAULT false, PRIMARY KEY ("id"));
-- create index "rejection_reasons_code_key" to table: "rejection_reasons"
CREATE UNIQUE INDEX "rejection_reasons_code_key" ON "rejection_reasons" ("code");
-- create "review_claims" table
CREATE TABLE "review_claims" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "expires_at" timestamptz NOT NULL, "application_id" character varying NOT NULL, "staff_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "reviewclaim_application_id" to table: "review_claims"
CREATE UNIQUE INDEX "reviewclaim_application_id" ON "review_claims" ("application_id");
-- create index "reviewclaim_staff_id" to table: "review_claims"
CREATE INDEX "reviewclaim_staff_id" ON "review_claims" ("staff_id");
-- create "review_decisions" table
CREATE TABLE "review_decisions" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "decision" character varying NOT NULL, "reason_codes" jsonb NULL, "note" text NOT NULL DEFAULT '', "application_version" bigint NOT NULL, "application_id" character varying NOT NULL, "staff_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "reviewdecision_application_id_created_at" to table: "review_decisions"
CREATE INDEX "reviewdecision_application_id_created_at" ON "review_decisions" ("application_id", "created_at");
-- create index "reviewdecision_staff_id_created_at" to table: "review_decisions"
CREATE INDEX "reviewdecision_staff_id_created_at" ON "review_decisions" ("staff_id", "created_at");
-- create "scores" table
CREATE TABLE "scores" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "points" bigint NULL, "absent" boolean NOT NULL DEFAULT false, "application_id" character varying NOT NULL, "subject_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "score_application_id_subject_id" to table: "scores"
CREATE UNIQUE INDEX "score_application_id_subject_id" ON "scores" ("application_id", "subject_id");
-- create "seed_records" table
CREATE TABLE "seed_records" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "name" character varying NOT NULL, "version" bigint NOT NULL, PRIMARY KEY ("id"));
-- create index "seed_records_name_key" to table: "seed_records"
CREATE UNIQUE INDEX "seed_records_name_key" ON "seed_records" ("name");
-- create "staff_users" table
CREATE TABLE "staff_users" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "username" character varying NOT NULL, "display_name" character varying NOT NULL, "role" character varying NOT NULL, "password_hash" character varying NOT NULL, "failed_logins" bigint NOT NULL DEFAULT 0, "locked_until" timestamptz NULL, "totp_secret_enc" bytea NULL, "totp_enabled" boolean NOT NULL DEFAULT false, "disabled" boolean NOT NULL DEFAULT false, "last_login_at" timestamptz NULL, "region_id" character varying NULL, "created_by_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "staff_users_staff_users_created_by" FOREIGN KEY ("created_by_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "staff_users_created_by_id_key" to table: "staff_users"
CREATE UNIQUE INDEX "staff_users_created_by_id_key" ON "staff_users" ("created_by_id");
-- create index "staff_users_username_key" to table: "staff_users"
CREATE UNIQUE INDEX "staff_users_username_key" ON "staff_users" ("username");
-- create index "staffuser_region_id_role" to table: "staff_users"
CREATE INDEX "staffuser_region_id_role" ON "staff_users" ("region_id", "role");
-- create "state_changes" table
CREATE TABLE "state_changes" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "from_status" character varying NULL, "to_status" character varying NOT NULL, "actor_kind" character varying NOT NULL, "reason" character varying NOT NULL DEFAULT '', "application_id" character varying NOT NULL, "staff_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "statechange_application_id_created_at" to table: "state_changes"
CREATE INDEX "statechange_application_id_created_at" ON "state_changes" ("application_id", "created_at");
-- create "stored_files" table
CREATE TABLE "stored_files" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "material_kind" character varying NULL, "content_type" character varying NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character varying NOT NULL, "original_name" character varying NOT NULL DEFAULT '', "width" bigint NULL, "height" bigint NULL, "owner_id" character varying NOT NULL, "application_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "storedfile_application_id" to table: "stored_files"
CREATE INDEX "storedfile_application_id" ON "stored_files" ("application_id");
-- create index "storedfile_owner_id_kind" to table: "stored_files"
CREATE INDEX "storedfile_owner_id_kind" ON "stored_files" ("owner_id", "kind");
-- create index "storedfile_sha256" to table: "stored_files"
CREATE INDEX "storedfile_sha256" ON "stored_files" ("sha256");
-- create "subjects" table
CREATE TABLE "subjects" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "order" bigint NOT NULL, "name" character varying NOT NULL, "duration_minutes" bigint NOT NULL, "sitting" bigint NOT NULL, "full_marks" bigint NOT NULL, "pass_mark" bigint NOT NULL, "qualification_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "subject_qualification_id_order" to table: "subjects"
CREATE UNIQUE INDEX "subject_qualification_id_order" ON "subjects" ("qualification_id", "order");
-- create "submit_keys" table
CREATE TABLE "submit_keys" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "key" character varying NOT NULL, "candidate_id" character varying NOT NULL, "application_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "submitkey_candidate_id_key" to table: "submit_keys"
CREATE UNIQUE INDEX "submitkey_candidate_id_key" ON "submit_keys" ("candidate_id", "key");
-- modify "absentee_bans" table
ALTER TABLE "absentee_bans" ADD CONSTRAINT "absentee_bans_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "absentee_bans_exam_sessions_banned_session" FOREIGN KEY ("banned_session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "absentee_bans_exam_sessions_source_session" FOREIGN KEY ("source_session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "absentee_bans_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "absentee_bans_staff_users_lifted_by" FOREIGN KEY ("lifted_by_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "admission_tickets" table
ALTER TABLE "admission_tickets" ADD CONSTRAINT "admission_tickets_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "admission_tickets_exam_rooms_room" FOREIGN KEY ("room_id") REFERENCES "exam_rooms" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "admission_tickets_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "admission_tickets_exam_sites_site" FOREIGN KEY ("site_id") REFERENCES "exam_sites" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "applications" table
ALTER TABLE "applications" ADD CONSTRAINT "applications_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "applications_exam_areas_area" FOREIGN KEY ("area_id") REFERENCES "exam_areas" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "applications_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "applications_qualifications_qualification" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "applications_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "applications_stored_files_photo" FOREIGN KEY ("photo_id") REFERENCES "stored_files" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "audit_logs" table
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "audit_logs_staff_users_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "auth_sessions" table
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "auth_sessions_staff_users_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "certificates" table
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "certificates_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "certificates_qualifications_qualification" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "exam_areas" table
ALTER TABLE "exam_areas" ADD CONSTRAINT "exam_areas_regions_areas" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "exam_rooms" table
ALTER TABLE "exam_rooms" ADD CONSTRAINT "exam_rooms_exam_sites_rooms" FOREIGN KEY ("site_id") REFERENCES "exam_sites" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "exam_sites" table
ALTER TABLE "exam_sites" ADD CONSTRAINT "exam_sites_exam_areas_sites" FOREIGN KEY ("area_id") REFERENCES "exam_areas" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "login_tickets" table
ALTER TABLE "login_tickets" ADD CONSTRAINT "login_tickets_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "notices" table
ALTER TABLE "notices" ADD CONSTRAINT "notices_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "notices_regions_notices" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "offerings" table
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_exam_sessions_offerings" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "offerings_qualifications_offerings" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "payment_orders" table
ALTER TABLE "payment_orders" ADD CONSTRAINT "payment_orders_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "region_policies" table
ALTER TABLE "region_policies" ADD CONSTRAINT "region_policies_exam_sessions_policies" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "region_policies_regions_policies" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "review_claims" table
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "review_claims_staff_users_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "review_decisions" table
ALTER TABLE "review_decisions" ADD CONSTRAINT "review_decisions_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "review_decisions_staff_users_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "scores" table
ALTER TABLE "scores" ADD CONSTRAINT "scores_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "scores_subjects_subject" FOREIGN KEY ("subject_id") REFERENCES "subjects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "staff_users" table
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "state_changes" table
ALTER TABLE "state_changes" ADD CONSTRAINT "state_changes_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "state_changes_staff_users_staff" FOREIGN KEY ("staff_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "stored_files" table
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "stored_files_candidates_owner" FOREIGN KEY ("owner_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "subjects" table
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_qualifications_subjects" FOREIGN KEY ("qualification_id") REFERENCES "qualifications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "submit_keys" table
ALTER TABLE "submit_keys" ADD CONSTRAINT "submit_keys_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "submit_keys_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
