-- reverse: drop index "seatstage_run_id_room_id_seat" from table: "seat_stages"
CREATE UNIQUE INDEX `seatstage_run_id_room_id_seat` ON `seat_stages` (`run_id`, `room_id`, `seat`);
-- reverse: create index "admissionticket_session_id_room_id_seat" to table: "admission_tickets"
DROP INDEX `admissionticket_session_id_room_id_seat`;
-- reverse: create index "admissionticket_application_id" to table: "admission_tickets"
DROP INDEX `admissionticket_application_id`;
-- reverse: create index "admission_tickets_ticket_number_key" to table: "admission_tickets"
DROP INDEX `admission_tickets_ticket_number_key`;
-- reverse: create "new_admission_tickets" table
DROP TABLE `new_admission_tickets`;
