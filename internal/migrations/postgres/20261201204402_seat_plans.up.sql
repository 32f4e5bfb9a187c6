-- modify "admission_tickets" table
ALTER TABLE "admission_tickets" ADD COLUMN "plan_run_id" character varying NULL;
-- modify "region_policies" table
ALTER TABLE "region_policies" ADD COLUMN "seat_policy" character varying NOT NULL DEFAULT 'MIXED';
-- create "seat_stages" table
CREATE TABLE "seat_stages" ("id" character varying NOT NULL, "run_id" character varying NOT NULL, "application_id" character varying NOT NULL, "session_id" character varying NOT NULL, "site_id" character varying NOT NULL, "room_id" character varying NOT NULL, "seat" bigint NOT NULL, "ticket_number" character varying NOT NULL, PRIMARY KEY ("id"));
-- create index "seatstage_run_id_application_id" to table: "seat_stages"
CREATE UNIQUE INDEX "seatstage_run_id_application_id" ON "seat_stages" ("run_id", "application_id");
-- create index "seatstage_run_id_room_id_seat" to table: "seat_stages"
CREATE UNIQUE INDEX "seatstage_run_id_room_id_seat" ON "seat_stages" ("run_id", "room_id", "seat");
-- create "seat_plan_runs" table
CREATE TABLE "seat_plan_runs" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "seating" character varying NOT NULL, "seed" character varying NOT NULL, "inputs_digest" character varying NULL, "status" character varying NOT NULL DEFAULT 'RUNNING', "run_by_id" character varying NOT NULL, "candidates" bigint NOT NULL DEFAULT 0, "staged" bigint NOT NULL DEFAULT 0, "shortfalls" jsonb NULL, "detail" character varying NOT NULL DEFAULT '', "started_at" timestamptz NOT NULL, "finished_at" timestamptz NULL, "published_at" timestamptz NULL, "published_by_id" character varying NULL, "session_id" character varying NOT NULL, "region_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "seat_plan_runs_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "seat_plan_runs_regions_region" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- create index "seatplanrun_session_id_region_id_created_at" to table: "seat_plan_runs"
CREATE INDEX "seatplanrun_session_id_region_id_created_at" ON "seat_plan_runs" ("session_id", "region_id", "created_at");
