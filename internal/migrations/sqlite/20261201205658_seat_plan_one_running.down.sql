-- reverse: create index "seatplanrun_one_running" to table: "seat_plan_runs"
DROP INDEX `seatplanrun_one_running`;
