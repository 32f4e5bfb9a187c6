-- create index "seatplanrun_one_running" to table: "seat_plan_runs"
CREATE UNIQUE INDEX `seatplanrun_one_running` ON `seat_plan_runs` (`session_id`, `region_id`) WHERE status = 'RUNNING';
