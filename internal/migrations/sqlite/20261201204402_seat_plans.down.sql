-- reverse: create index "seatstage_run_id_room_id_seat" to table: "seat_stages"
DROP INDEX `seatstage_run_id_room_id_seat`;
-- reverse: create index "seatstage_run_id_application_id" to table: "seat_stages"
DROP INDEX `seatstage_run_id_application_id`;
-- reverse: create "seat_stages" table
DROP TABLE `seat_stages`;
-- reverse: create index "seatplanrun_session_id_region_id_created_at" to table: "seat_plan_runs"
DROP INDEX `seatplanrun_session_id_region_id_created_at`;
-- reverse: create "seat_plan_runs" table
DROP TABLE `seat_plan_runs`;
-- reverse: create index "regionpolicy_session_id" to table: "region_policies"
DROP INDEX `regionpolicy_session_id`;
-- reverse: create index "regionpolicy_region_id_session_id" to table: "region_policies"
DROP INDEX `regionpolicy_region_id_session_id`;
-- reverse: create "new_region_policies" table
DROP TABLE `new_region_policies`;
-- reverse: add column "plan_run_id" to table: "admission_tickets"
ALTER TABLE `admission_tickets` DROP COLUMN `plan_run_id`;
