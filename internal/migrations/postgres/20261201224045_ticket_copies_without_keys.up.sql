-- drop index "admissionticket_room_id" from table: "admission_tickets"
DROP INDEX "admissionticket_room_id";
-- modify "admission_tickets" table
ALTER TABLE "admission_tickets" DROP CONSTRAINT "admission_tickets_exam_sessions_session", DROP CONSTRAINT "admission_tickets_exam_sites_site";
-- drop index "seatstage_run_id_room_id_seat" from table: "seat_stages"
DROP INDEX "seatstage_run_id_room_id_seat";
