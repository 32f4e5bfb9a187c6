-- modify "scores" table
ALTER TABLE "scores" ADD COLUMN "session_id" character varying NOT NULL;
-- create "score_changes" table
CREATE TABLE "score_changes" ("id" character varying NOT NULL, "import_id" character varying NOT NULL, "line" bigint NOT NULL, "application_id" character varying NOT NULL, "subject_id" character varying NOT NULL, "points_before" bigint NULL, "absent_before" boolean NOT NULL, "points_after" bigint NULL, "absent_after" boolean NOT NULL, PRIMARY KEY ("id"));
-- create index "scorechange_application_id" to table: "score_changes"
CREATE INDEX "scorechange_application_id" ON "score_changes" ("application_id");
-- create index "scorechange_import_id_line" to table: "score_changes"
CREATE INDEX "scorechange_import_id_line" ON "score_changes" ("import_id", "line");
-- create "score_problems" table
CREATE TABLE "score_problems" ("id" character varying NOT NULL, "import_id" character varying NOT NULL, "line" bigint NOT NULL, "column" character varying NOT NULL DEFAULT '', "code" character varying NOT NULL, "message" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "scoreproblem_import_id_line" to table: "score_problems"
CREATE INDEX "scoreproblem_import_id_line" ON "score_problems" ("import_id", "line");
-- create "score_stages" table
CREATE TABLE "score_stages" ("id" character varying NOT NULL, "import_id" character varying NOT NULL, "line" bigint NOT NULL, "application_id" character varying NOT NULL, "subject_id" character varying NOT NULL, "points" bigint NULL, "absent" boolean NOT NULL, PRIMARY KEY ("id"));
-- create index "scorestage_import_id_line" to table: "score_stages"
CREATE INDEX "scorestage_import_id_line" ON "score_stages" ("import_id", "line");
-- drop index "absenteeban_candidate_id_region_id_banned_session_id" from table: "absentee_bans"
DROP INDEX "absenteeban_candidate_id_region_id_banned_session_id";
-- modify "absentee_bans" table
ALTER TABLE "absentee_bans" DROP CONSTRAINT "absentee_bans_exam_sessions_banned_session", DROP CONSTRAINT "absentee_bans_staff_users_lifted_by", ADD COLUMN "lift_reason" character varying NULL, ADD COLUMN "application_id" character varying NOT NULL, ADD CONSTRAINT "absentee_bans_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- create index "absenteeban_application_id" to table: "absentee_bans"
CREATE UNIQUE INDEX "absenteeban_application_id" ON "absentee_bans" ("application_id");
-- create index "absenteeban_candidate_id_region_id" to table: "absentee_bans"
CREATE INDEX "absenteeban_candidate_id_region_id" ON "absentee_bans" ("candidate_id", "region_id");
-- create index "absenteeban_source_session_id_region_id" to table: "absentee_bans"
CREATE INDEX "absenteeban_source_session_id_region_id" ON "absentee_bans" ("source_session_id", "region_id");
-- modify "certificates" table
ALTER TABLE "certificates" ADD COLUMN "session_id" character varying NOT NULL, ADD COLUMN "region_id" character varying NOT NULL, ADD CONSTRAINT "certificates_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "certificates_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- create index "certificate_session_id_region_id_qualification_id" to table: "certificates"
CREATE INDEX "certificate_session_id_region_id_qualification_id" ON "certificates" ("session_id", "region_id", "qualification_id");
-- create "pass_marks" table
CREATE TABLE "pass_marks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "pass_mark" bigint NOT NULL, "session_id" character varying NOT NULL, "subject_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "pass_marks_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "pass_marks_subjects_subject" FOREIGN KEY ("subject_id") REFERENCES "subjects" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "passmark_session_id_subject_id" to table: "pass_marks"
CREATE UNIQUE INDEX "passmark_session_id_subject_id" ON "pass_marks" ("session_id", "subject_id");
-- create "score_imports" table
CREATE TABLE "score_imports" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "file_name" character varying NOT NULL DEFAULT '', "file_sum" character varying NOT NULL, "file_bytes" bigint NOT NULL, "status" character varying NOT NULL DEFAULT 'RUNNING', "encoding" character varying NOT NULL DEFAULT '', "lines" bigint NOT NULL DEFAULT 0, "problem_count" bigint NOT NULL DEFAULT 0, "added" bigint NOT NULL DEFAULT 0, "changed" bigint NOT NULL DEFAULT 0, "unchanged" bigint NOT NULL DEFAULT 0, "run_by_id" character varying NULL, "run_by_name" character varying NOT NULL DEFAULT '', "detail" character varying NOT NULL DEFAULT '', "started_at" timestamptz NOT NULL, "finished_at" timestamptz NULL, "applied_at" timestamptz NULL, "applied_by_id" character varying NULL, "session_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "score_imports_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "scoreimport_session_id_created_at" to table: "score_imports"
CREATE INDEX "scoreimport_session_id_created_at" ON "score_imports" ("session_id", "created_at");
-- drop column "banned_session_id": a ban's barred session is found, not stored (internal/scores/bans.go)
ALTER TABLE "absentee_bans" DROP COLUMN "banned_session_id";
