-- modify "candidates" table
ALTER TABLE "candidates" ADD COLUMN "sensitive_consent_version" character varying NULL, ADD COLUMN "sensitive_consent_at" timestamptz NULL;
-- create "consent_records" table
CREATE TABLE "consent_records" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "action" character varying NOT NULL, "notice_version" character varying NOT NULL, "general" boolean NOT NULL, "sensitive" boolean NOT NULL, "client_ip" character varying NOT NULL DEFAULT '', "user_agent" character varying NOT NULL DEFAULT '', "candidate_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "consent_records_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "consentrecord_candidate_id_created_at" to table: "consent_records"
CREATE INDEX "consentrecord_candidate_id_created_at" ON "consent_records" ("candidate_id", "created_at");
