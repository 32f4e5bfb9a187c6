-- create index "auditlog_created_at" to table: "audit_logs"
CREATE INDEX "auditlog_created_at" ON "audit_logs" ("created_at");
-- modify "candidates" table
ALTER TABLE "candidates" ADD COLUMN "anonymized_at" timestamptz NULL;
-- create "data_requests" table
CREATE TABLE "data_requests" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "reason" text NOT NULL DEFAULT '', "decision_reason" text NOT NULL DEFAULT '', "retention_codes" jsonb NULL, "decided_by_id" character varying NULL, "decided_at" timestamptz NULL, "done_at" timestamptz NULL, "candidate_id" character varying NOT NULL, "region_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "data_requests_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "data_requests_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE SET NULL);
-- create index "datarequest_candidate_id_created_at" to table: "data_requests"
CREATE INDEX "datarequest_candidate_id_created_at" ON "data_requests" ("candidate_id", "created_at");
-- create index "datarequest_region_id_status_created_at" to table: "data_requests"
CREATE INDEX "datarequest_region_id_status_created_at" ON "data_requests" ("region_id", "status", "created_at");
-- create index "datarequest_status_created_at" to table: "data_requests"
CREATE INDEX "datarequest_status_created_at" ON "data_requests" ("status", "created_at");
