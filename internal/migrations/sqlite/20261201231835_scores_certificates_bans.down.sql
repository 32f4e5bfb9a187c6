-- reverse: create index "scorestage_import_id_line" to table: "score_stages"
DROP INDEX `scorestage_import_id_line`;
-- reverse: create "score_stages" table
DROP TABLE `score_stages`;
-- reverse: create index "scoreproblem_import_id_line" to table: "score_problems"
DROP INDEX `scoreproblem_import_id_line`;
-- reverse: create "score_problems" table
DROP TABLE `score_problems`;
-- reverse: create index "scoreimport_session_id_created_at" to table: "score_imports"
DROP INDEX `scoreimport_session_id_created_at`;
-- reverse: create "score_imports" table
DROP TABLE `score_imports`;
-- reverse: create index "scorechange_application_id" to table: "score_changes"
DROP INDEX `scorechange_application_id`;
-- reverse: create index "scorechange_import_id_line" to table: "score_changes"
DROP INDEX `scorechange_import_id_line`;
-- reverse: create "score_changes" table
DROP TABLE `score_changes`;
-- reverse: create index "passmark_session_id_subject_id" to table: "pass_marks"
DROP INDEX `passmark_session_id_subject_id`;
-- reverse: create "pass_marks" table
DROP TABLE `pass_marks`;
-- reverse: add column "session_id" to table: "scores"
ALTER TABLE `scores` DROP COLUMN `session_id`;
-- reverse: create index "certificate_session_id_region_id_qualification_id" to table: "certificates"
DROP INDEX `certificate_session_id_region_id_qualification_id`;
-- reverse: create index "certificate_candidate_id" to table: "certificates"
DROP INDEX `certificate_candidate_id`;
-- reverse: create index "certificate_application_id" to table: "certificates"
DROP INDEX `certificate_application_id`;
-- reverse: create index "certificates_number_key" to table: "certificates"
DROP INDEX `certificates_number_key`;
-- reverse: create "new_certificates" table
DROP TABLE `new_certificates`;
-- reverse: create index "absenteeban_source_session_id_region_id" to table: "absentee_bans"
DROP INDEX `absenteeban_source_session_id_region_id`;
-- reverse: create index "absenteeban_candidate_id_region_id" to table: "absentee_bans"
DROP INDEX `absenteeban_candidate_id_region_id`;
-- reverse: create index "absenteeban_application_id" to table: "absentee_bans"
DROP INDEX `absenteeban_application_id`;
-- reverse: create "new_absentee_bans" table
DROP TABLE `new_absentee_bans`;
