-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_admission_tickets" table
CREATE TABLE `new_admission_tickets` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `session_id` text NOT NULL, `site_id` text NOT NULL, `seat` integer NOT NULL, `ticket_number` text NOT NULL, `plan_run_id` text NULL, `first_printed_at` datetime NULL, `application_id` text NOT NULL, `room_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `admission_tickets_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION, CONSTRAINT `admission_tickets_exam_rooms_room` FOREIGN KEY (`room_id`) REFERENCES `exam_rooms` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "admission_tickets" to new temporary table "new_admission_tickets"
INSERT INTO `new_admission_tickets` (`id`, `created_at`, `updated_at`, `session_id`, `site_id`, `seat`, `ticket_number`, `plan_run_id`, `first_printed_at`, `application_id`, `room_id`) SELECT `id`, `created_at`, `updated_at`, `session_id`, `site_id`, `seat`, `ticket_number`, `plan_run_id`, `first_printed_at`, `application_id`, `room_id` FROM `admission_tickets`;
-- drop "admission_tickets" table after copying rows
DROP TABLE `admission_tickets`;
-- rename temporary table "new_admission_tickets" to "admission_tickets"
ALTER TABLE `new_admission_tickets` RENAME TO `admission_tickets`;
-- create index "admission_tickets_ticket_number_key" to table: "admission_tickets"
CREATE UNIQUE INDEX `admission_tickets_ticket_number_key` ON `admission_tickets` (`ticket_number`);
-- create index "admissionticket_application_id" to table: "admission_tickets"
CREATE UNIQUE INDEX `admissionticket_application_id` ON `admission_tickets` (`application_id`);
-- create index "admissionticket_session_id_room_id_seat" to table: "admission_tickets"
CREATE UNIQUE INDEX `admissionticket_session_id_room_id_seat` ON `admission_tickets` (`session_id`, `room_id`, `seat`);
-- drop index "seatstage_run_id_room_id_seat" from table: "seat_stages"
DROP INDEX `seatstage_run_id_room_id_seat`;
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
