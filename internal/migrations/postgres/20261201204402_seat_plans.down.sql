-- reverse: create index "seatplanrun_session_id_region_id_created_at" to table: "seat_plan_runs"
DROP INDEX "seatplanrun_session_id_region_id_created_at";
-- reverse: create "seat_plan_runs" table
DROP TABLE "seat_plan_runs";
-- reverse: create index "seatstage_run_id_room_id_seat" to table: "seat_stages"
DROP INDEX "seatstage_run_id_room_id_seat";
-- reverse: create index "seatstage_run_id_application_id" to table: "seat_stages"
DROP INDEX "seatstage_run_id_application_id";
-- reverse: create "seat_stages" table
DROP TABLE "seat_stages";
-- reverse: modify "region_policies" table
ALTER TABLE "region_policies" DROP COLUMN "seat_policy";
-- reverse: modify "admission_tickets" table
ALTER TABLE "admission_tickets" DROP COLUMN "plan_run_id";
