-- reverse: drop column "banned_session_id"
ALTER TABLE "absentee_bans" ADD COLUMN "banned_session_id" character varying NOT NULL;
-- reverse: create index "scoreimport_session_id_created_at" to table: "score_imports"
DROP INDEX "scoreimport_session_id_created_at";
-- reverse: create "score_imports" table
DROP TABLE "score_imports";
-- reverse: create index "passmark_session_id_subject_id" to table: "pass_marks"
DROP INDEX "passmark_session_id_subject_id";
-- reverse: create "pass_marks" table
DROP TABLE "pass_marks";
-- reverse: create index "certificate_session_id_region_id_qualification_id" to table: "certificates"
DROP INDEX "certificate_session_id_region_id_qualification_id";
-- reverse: modify "certificates" table
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_regions_region", DROP CONSTRAINT "certificates_exam_sessions_session", DROP COLUMN "region_id", DROP COLUMN "session_id";
-- reverse: create index "absenteeban_source_session_id_region_id" to table: "absentee_bans"
DROP INDEX "absenteeban_source_session_id_region_id";
-- reverse: create index "absenteeban_candidate_id_region_id" to table: "absentee_bans"
DROP INDEX "absenteeban_candidate_id_region_id";
-- reverse: create index "absenteeban_application_id" to table: "absentee_bans"
DROP INDEX "absenteeban_application_id";
-- reverse: modify "absentee_bans" table
ALTER TABLE "absentee_bans" DROP CONSTRAINT "absentee_bans_applications_application", DROP COLUMN "application_id", DROP COLUMN "lift_reason", ADD CONSTRAINT "absentee_bans_staff_users_lifted_by" FOREIGN KEY ("lifted_by_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "absentee_bans_exam_sessions_banned_session" FOREIGN KEY ("banned_session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- reverse: drop index "absenteeban_candidate_id_region_id_banned_session_id" from table: "absentee_bans"
CREATE UNIQUE INDEX "absenteeban_candidate_id_region_id_banned_session_id" ON "absentee_bans" ("candidate_id", "region_id", "banned_session_id");
-- reverse: create index "scorestage_import_id_line" to table: "score_stages"
DROP INDEX "scorestage_import_id_line";
-- reverse: create "score_stages" table
DROP TABLE "score_stages";
-- reverse: create index "scoreproblem_import_id_line" to table: "score_problems"
DROP INDEX "scoreproblem_import_id_line";
-- reverse: create "score_problems" table
DROP TABLE "score_problems";
-- reverse: create index "scorechange_import_id_line" to table: "score_changes"
DROP INDEX "scorechange_import_id_line";
-- reverse: create index "scorechange_application_id" to table: "score_changes"
DROP INDEX "scorechange_application_id";
-- reverse: create "score_changes" table
DROP TABLE "score_changes";
-- reverse: modify "scores" table
ALTER TABLE "scores" DROP COLUMN "session_id";
