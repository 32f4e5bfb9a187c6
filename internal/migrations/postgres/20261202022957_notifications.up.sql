-- create "fanouts" table
CREATE TABLE "fanouts" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "kind" character varying NOT NULL, "session_id" character varying NULL, "region_id" character varying NULL, "area_id" character varying NULL, "params" jsonb NULL, "idempotency_key" character varying NOT NULL, "cursor" character varying NOT NULL DEFAULT '', "expanded" bigint NOT NULL DEFAULT 0, "done" boolean NOT NULL DEFAULT false, "created_by_id" character varying NULL, PRIMARY KEY ("id"));
-- create index "fanout_done" to table: "fanouts"
CREATE INDEX "fanout_done" ON "fanouts" ("done");
-- create index "fanouts_idempotency_key_key" to table: "fanouts"
CREATE UNIQUE INDEX "fanouts_idempotency_key_key" ON "fanouts" ("idempotency_key");
-- modify "candidates" table
ALTER TABLE "candidates" ADD COLUMN "sms_opt_out" boolean NOT NULL DEFAULT false;
-- create "messages" table
CREATE TABLE "messages" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "region_id" character varying NOT NULL, "kind" character varying NOT NULL, "essential" boolean NOT NULL DEFAULT false, "params" jsonb NULL, "idempotency_key" character varying NOT NULL, "fanout_id" character varying NULL, "subject" character varying NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "read_at" timestamptz NULL, "candidate_id" character varying NOT NULL, "application_id" character varying NULL, PRIMARY KEY ("id"), CONSTRAINT "messages_applications_application" FOREIGN KEY ("application_id") REFERENCES "applications" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, CONSTRAINT "messages_candidates_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidates" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "message_candidate_id_created_at" to table: "messages"
CREATE INDEX "message_candidate_id_created_at" ON "messages" ("candidate_id", "created_at");
-- create index "message_fanout_id" to table: "messages"
CREATE INDEX "message_fanout_id" ON "messages" ("fanout_id");
-- create index "message_region_id_created_at" to table: "messages"
CREATE INDEX "message_region_id_created_at" ON "messages" ("region_id", "created_at");
-- create index "messages_idempotency_key_key" to table: "messages"
CREATE UNIQUE INDEX "messages_idempotency_key_key" ON "messages" ("idempotency_key");
-- create "deliveries" table
CREATE TABLE "deliveries" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "region_id" character varying NOT NULL, "channel" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'QUEUED', "attempts" bigint NOT NULL DEFAULT 0, "next_attempt_at" timestamptz NOT NULL, "lease_until" timestamptz NULL, "last_error" character varying NOT NULL DEFAULT '', "sent_at" timestamptz NULL, "idempotency_key" character varying NOT NULL, "message_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "deliveries_messages_message" FOREIGN KEY ("message_id") REFERENCES "messages" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "deliveries_idempotency_key_key" to table: "deliveries"
CREATE UNIQUE INDEX "deliveries_idempotency_key_key" ON "deliveries" ("idempotency_key");
-- create index "delivery_message_id" to table: "deliveries"
CREATE INDEX "delivery_message_id" ON "deliveries" ("message_id");
-- create index "delivery_region_id_status" to table: "deliveries"
CREATE INDEX "delivery_region_id_status" ON "deliveries" ("region_id", "status");
-- create index "delivery_status_next_attempt_at" to table: "deliveries"
CREATE INDEX "delivery_status_next_attempt_at" ON "deliveries" ("status", "next_attempt_at");
