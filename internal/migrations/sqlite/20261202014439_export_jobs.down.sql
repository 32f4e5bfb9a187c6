-- reverse: create index "exportjob_status_updated_at" to table: "export_jobs"
DROP INDEX `exportjob_status_updated_at`;
-- reverse: create index "exportjob_session_id_region_id_created_at" to table: "export_jobs"
DROP INDEX `exportjob_session_id_region_id_created_at`;
-- reverse: create "export_jobs" table
DROP TABLE `export_jobs`;
-- reverse: create index "application_session_id_region_id_id" to table: "applications"
DROP INDEX `application_session_id_region_id_id`;
