-- reverse: create index "datarequest_status_created_at" to table: "data_requests"
DROP INDEX "datarequest_status_created_at";
-- reverse: create index "datarequest_region_id_status_created_at" to table: "data_requests"
DROP INDEX "datarequest_region_id_status_created_at";
-- reverse: create index "datarequest_candidate_id_created_at" to table: "data_requests"
DROP INDEX "datarequest_candidate_id_created_at";
-- reverse: create "data_requests" table
DROP TABLE "data_requests";
-- reverse: modify "candidates" table
ALTER TABLE "candidates" DROP COLUMN "anonymized_at";
-- reverse: create index "auditlog_created_at" to table: "audit_logs"
DROP INDEX "auditlog_created_at";
