-- reverse: drop index "seatstage_run_id_room_id_seat" from table: "seat_stages"
CREATE UNIQUE INDEX "seatstage_run_id_room_id_seat" ON "seat_stages" ("run_id", "room_id", "seat");
-- reverse: modify "admission_tickets" table
ALTER TABLE "admission_tickets" ADD CONSTRAINT "admission_tickets_exam_sites_site" FOREIGN KEY ("site_id") REFERENCES "exam_sites" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "admission_tickets_exam_sessions_session" FOREIGN KEY ("session_id") REFERENCES "exam_sessions" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- reverse: drop index "admissionticket_room_id" from table: "admission_tickets"
CREATE INDEX "admissionticket_room_id" ON "admission_tickets" ("room_id");
