-- reverse: modify "submit_keys" table
ALTER TABLE "submit_keys" DROP CONSTRAINT "submit_keys_candidates_candidate", DROP CONSTRAINT "submit_keys_applications_application";
-- reverse: modify "subjects" table
ALTER TABLE "subjects" DROP CONSTRAINT "subjects_qualifications_subjects";
-- reverse: modify "stored_files" table
ALTER TABLE "stored_files" DROP CONSTRAINT "stored_files_candidates_owner", DROP CONSTRAINT "stored_files_applications_application";
-- reverse: modify "state_changes" table
ALTER TABLE "state_changes" DROP CONSTRAINT "state_changes_staff_users_staff", DROP CONSTRAINT "state_changes_applications_application";
-- reverse: modify "staff_users" table
ALTER TABLE "staff_users" DROP CONSTRAINT "staff_users_regions_region";
-- reverse: modify "scores" table
ALTER TABLE "scores" DROP CONSTRAINT "scores_subjects_subject", DROP CONSTRAINT "scores_applications_application";
-- reverse: modify "review_decisions" table
ALTER TABLE "review_decisions" DROP CONSTRAINT "review_decisions_staff_users_staff", DROP CONSTRAINT "review_decisions_applications_application";
-- reverse: modify "review_claims" table
ALTER TABLE "review_claims" DROP CONSTRAINT "review_claims_staff_users_staff", DROP CONSTRAINT "review_claims_applications_application";
-- reverse: modify "region_policies" table
ALTER TABLE "region_policies" DROP CONSTRAINT "region_policies_regions_policies", DROP CONSTRAINT "region_policies_exam_sessions_policies";
-- reverse: modify "payment_orders" table
ALTER TABLE "payment_orders" DROP CONSTRAINT "payment_orders_applications_application";
-- reverse: modify "offerings" table
ALTER TABLE "offerings" DROP CONSTRAINT "offerings_qualifications_offerings", DROP CONSTRAINT "offerings_exam_sessions_offerings";
-- reverse: modify "notices" table
ALTER TABLE "notices" DROP CONSTRAINT "notices_regions_notices", DROP CONSTRAINT "notices_exam_sessions_session";
-- reverse: modify "login_tickets" table
ALTER TABLE "login_tickets" DROP CONSTRAINT "login_tickets_candidates_candidate";
-- reverse: modify "exam_sites" table
ALTER TABLE "exam_sites" DROP CONSTRAINT "exam_sites_exam_areas_sites";
-- reverse: modify "exam_rooms" table
ALTER TABLE "exam_rooms" DROP CONSTRAINT "exam_rooms_exam_sites_rooms";
-- reverse: modify "exam_areas" table
ALTER TABLE "exam_areas" DROP CONSTRAINT "exam_areas_regions_areas";
-- reverse: modify "certificates" table
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_qualifications_qualification", DROP CONSTRAINT "certificates_candidates_candidate", DROP CONSTRAINT "certificates_applications_application";
-- reverse: modify "auth_sessions" table
ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_staff_users_staff", DROP CONSTRAINT "auth_sessions_candidates_candidate";
-- reverse: modify "audit_logs" table
ALTER TABLE "audit_logs" DROP CONSTRAINT "audit_logs_staff_users_staff", DROP CONSTRAINT "audit_logs_regions_region";
-- reverse: modify "applications" table
ALTER TABLE "applications" DROP CONSTRAINT "applications_stored_files_photo", DROP CONSTRAINT "applications_regions_region", DROP CONSTRAINT "applications_qualifications_qualification", DROP CONSTRAINT "applications_exam_sessions_session", DROP CONSTRAINT "applications_exam_areas_area", DROP CONSTRAINT "applications_candidates_candidate";
-- reverse: modify "admission_tickets" table
ALTER TABLE "admission_tickets" DROP CONSTRAINT "admission_tickets_exam_sites_site", DROP CONSTRAINT "admission_tickets_exam_sessions_session", DROP CONSTRAINT "admission_tickets_exam_rooms_room", DROP CONSTRAINT "admission_tickets_applications_application";
-- reverse: modify "absentee_bans" table
ALTER TABLE "absentee_bans" DROP CONSTRAINT "absentee_bans_staff_users_lifted_by", DROP CONSTRAINT "absentee_bans_regions_region", DROP CONSTRAINT "absentee_bans_exam_sessions_source_session", DROP CONSTRAINT "absentee_bans_exam_sessions_banned_session", DROP CONSTRAINT "absentee_bans_candidates_candidate";
-- reverse: create index "submitkey_candidate_id_key" to table: "submit_keys"
DROP INDEX "submitkey_candidate_id_key";
-- reverse: create "submit_keys" table
DROP TABLE "submit_keys";
-- reverse: create index "subject_qualification_id_order" to table: "subjects"
DROP INDEX "subject_qualification_id_order";
-- reverse: create "subjects" table
DROP TABLE "subjects";
-- reverse: create index "storedfile_sha256" to table: "stored_files"
DROP INDEX "storedfile_sha256";
-- reverse: create index "storedfile_owner_id_kind" to table: "stored_files"
DROP INDEX "storedfile_owner_id_kind";
-- reverse: create index "storedfile_application_id" to table: "stored_files"
DROP INDEX "storedfile_application_id";
-- reverse: create "stored_files" table
DROP TABLE "stored_files";
-- reverse: create index "statechange_application_id_created_at" to table: "state_changes"
DROP INDEX "statechange_application_id_created_at";
-- reverse: create "state_changes" table
DROP TABLE "state_changes";
-- reverse: create index "staffuser_region_id_role" to table: "staff_users"
DROP INDEX "staffuser_region_id_role";
-- reverse: create index "staff_users_username_key" to table: "staff_users"
DROP INDEX "staff_users_username_key";
-- reverse: create index "staff_users_created_by_id_key" to table: "staff_users"
DROP INDEX "staff_users_created_by_id_key";
-- reverse: create "staff_users" table
DROP TABLE "staff_users";
-- reverse: create index "seed_records_name_key" to table: "seed_records"
DROP INDEX "seed_records_name_key";
-- reverse: create "seed_records" table
DROP TABLE "seed_records";
-- reverse: create index "score_application_id_subject_id" to table: "scores"
DROP INDEX "score_application_id_subject_id";
-- reverse: create "scores" table
DROP TABLE "scores";
-- reverse: create index "reviewdecision_staff_id_created_at" to table: "review_decisions"
DROP INDEX "reviewdecision_staff_id_created_at";
-- reverse: create index "reviewdecision_application_id_created_at" to table: "review_decisions"
DROP INDEX "reviewdecision_application_id_created_at";
-- reverse: create "review_decisions" table
DROP TABLE "review_decisions";
-- reverse: create index "reviewclaim_staff_id" to table: "review_claims"
DROP INDEX "reviewclaim_staff_id";
-- reverse: create index "reviewclaim_application_id" to table: "review_claims"
DROP INDEX "reviewclaim_application_id";
-- reverse: create "review_claims" table
DROP TABLE "review_claims";
-- reverse: create index "rejection_reasons_code_key" to table: "rejection_reasons"
DROP INDEX "rejection_reasons_code_key";
-- reverse: create "rejection_reasons" table
DROP TABLE "rejection_reasons";
-- reverse: create index "regionpolicy_session_id" to table: "region_policies"
DROP INDEX "regionpolicy_session_id";
-- reverse: create index "regionpolicy_region_id_session_id" to table: "region_policies"
DROP INDEX "regionpolicy_region_id_session_id";
-- reverse: create "region_policies" table
DROP TABLE "region_policies";
-- reverse: create index "regions_code_key" to table: "regions"
DROP INDEX "regions_code_key";
-- reverse: create "regions" table
DROP TABLE "regions";
-- reverse: create index "qualifications_code_key" to table: "qualifications"
DROP INDEX "qualifications_code_key";
-- reverse: create index "qualification_level_sort_order" to table: "qualifications"
DROP INDEX "qualification_level_sort_order";
-- reverse: create "qualifications" table
DROP TABLE "qualifications";
-- reverse: create index "paymentorder_status_expires_at" to table: "payment_orders"
DROP INDEX "paymentorder_status_expires_at";
-- reverse: create index "paymentorder_application_id_status" to table: "payment_orders"
DROP INDEX "paymentorder_application_id_status";
-- reverse: create index "payment_orders_out_trade_no_key" to table: "payment_orders"
DROP INDEX "payment_orders_out_trade_no_key";
-- reverse: create "payment_orders" table
DROP TABLE "payment_orders";
-- reverse: create index "offering_session_id_qualification_id" to table: "offerings"
DROP INDEX "offering_session_id_qualification_id";
-- reverse: create index "offering_qualification_id" to table: "offerings"
DROP INDEX "offering_qualification_id";
-- reverse: create "offerings" table
DROP TABLE "offerings";
-- reverse: create index "notice_region_id_kind_sort_order" to table: "notices"
DROP INDEX "notice_region_id_kind_sort_order";
-- reverse: create "notices" table
DROP TABLE "notices";
-- reverse: create index "loginticket_expires_at" to table: "login_tickets"
DROP INDEX "loginticket_expires_at";
-- reverse: create index "login_tickets_ticket_hash_key" to table: "login_tickets"
DROP INDEX "login_tickets_ticket_hash_key";
-- reverse: create "login_tickets" table
DROP TABLE "login_tickets";
-- reverse: create index "jobrun_name_started_at" to table: "job_runs"
DROP INDEX "jobrun_name_started_at";
-- reverse: create "job_runs" table
DROP TABLE "job_runs";
-- reverse: create index "examsite_area_id_code" to table: "exam_sites"
DROP INDEX "examsite_area_id_code";
-- reverse: create "exam_sites" table
DROP TABLE "exam_sites";
-- reverse: create index "examsession_first_exam_day" to table: "exam_sessions"
DROP INDEX "examsession_first_exam_day";
-- reverse: create index "exam_sessions_code_key" to table: "exam_sessions"
DROP INDEX "exam_sessions_code_key";
-- reverse: create "exam_sessions" table
DROP TABLE "exam_sessions";
-- reverse: create index "examroom_site_id_code" to table: "exam_rooms"
DROP INDEX "examroom_site_id_code";
-- reverse: create "exam_rooms" table
DROP TABLE "exam_rooms";
-- reverse: create index "examarea_region_id_code" to table: "exam_areas"
DROP INDEX "examarea_region_id_code";
-- reverse: create "exam_areas" table
DROP TABLE "exam_areas";
-- reverse: create index "certificates_number_key" to table: "certificates"
DROP INDEX "certificates_number_key";
-- reverse: create index "certificate_candidate_id" to table: "certificates"
DROP INDEX "certificate_candidate_id";
-- reverse: create index "certificate_application_id" to table: "certificates"
DROP INDEX "certificate_application_id";
-- reverse: create "certificates" table
DROP TABLE "certificates";
-- reverse: create index "candidate_provider_subject" to table: "candidates"
DROP INDEX "candidate_provider_subject";
-- reverse: create index "candidate_id_number_hash" to table: "candidates"
DROP INDEX "candidate_id_number_hash";
-- reverse: create "candidates" table
DROP TABLE "candidates";
-- reverse: create index "calendar_days_date_key" to table: "calendar_days"
DROP INDEX "calendar_days_date_key";
-- reverse: create "calendar_days" table
DROP TABLE "calendar_days";
-- reverse: create index "authsession_staff_id" to table: "auth_sessions"
DROP INDEX "authsession_staff_id";
-- reverse: create index "authsession_expires_at" to table: "auth_sessions"
DROP INDEX "authsession_expires_at";
-- reverse: create index "authsession_candidate_id" to table: "auth_sessions"
DROP INDEX "authsession_candidate_id";
-- reverse: create index "auth_sessions_token_hash_key" to table: "auth_sessions"
DROP INDEX "auth_sessions_token_hash_key";
-- reverse: create "auth_sessions" table
DROP TABLE "auth_sessions";
-- reverse: create index "auditlog_staff_id_created_at" to table: "audit_logs"
DROP INDEX "auditlog_staff_id_created_at";
-- reverse: create index "auditlog_region_id_created_at" to table: "audit_logs"
DROP INDEX "auditlog_region_id_created_at";
-- reverse: create index "auditlog_record_id" to table: "audit_logs"
DROP INDEX "auditlog_record_id";
-- reverse: create "audit_logs" table
DROP TABLE "audit_logs";
-- reverse: create index "application_status_review_deadline_at" to table: "applications"
DROP INDEX "application_status_review_deadline_at";
-- reverse: create index "application_session_id_region_id_status" to table: "applications"
DROP INDEX "application_session_id_region_id_status";
-- reverse: create index "application_session_id_region_id_qualification_id" to table: "applications"
DROP INDEX "application_session_id_region_id_qualification_id";
-- reverse: create index "application_region_id_status_submitted_at" to table: "applications"
DROP INDEX "application_region_id_status_submitted_at";
-- reverse: create index "application_candidate_id_session_id" to table: "applications"
DROP INDEX "application_candidate_id_session_id";
-- reverse: create index "application_candidate_id_created_at" to table: "applications"
DROP INDEX "application_candidate_id_created_at";
-- reverse: create "applications" table
DROP TABLE "applications";
-- reverse: create index "admissionticket_session_id_room_id_seat" to table: "admission_tickets"
DROP INDEX "admissionticket_session_id_room_id_seat";
-- reverse: create index "admissionticket_room_id" to table: "admission_tickets"
DROP INDEX "admissionticket_room_id";
-- reverse: create index "admissionticket_application_id" to table: "admission_tickets"
DROP INDEX "admissionticket_application_id";
-- reverse: create index "admission_tickets_ticket_number_key" to table: "admission_tickets"
DROP INDEX "admission_tickets_ticket_number_key";
-- reverse: create "admission_tickets" table
DROP TABLE "admission_tickets";
-- reverse: create index "absenteeban_candidate_id_region_id_banned_session_id" to table: "absentee_bans"
DROP INDEX "absenteeban_candidate_id_region_id_banned_session_id";
-- reverse: create "absentee_bans" table
DROP TABLE "absentee_bans";
