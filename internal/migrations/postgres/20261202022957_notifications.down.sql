-- reverse: create index "delivery_status_next_attempt_at" to table: "deliveries"
DROP INDEX "delivery_status_next_attempt_at";
-- reverse: create index "delivery_region_id_status" to table: "deliveries"
DROP INDEX "delivery_region_id_status";
-- reverse: create index "delivery_message_id" to table: "deliveries"
DROP INDEX "delivery_message_id";
-- reverse: create index "deliveries_idempotency_key_key" to table: "deliveries"
DROP INDEX "deliveries_idempotency_key_key";
-- reverse: create "deliveries" table
DROP TABLE "deliveries";
-- reverse: create index "messages_idempotency_key_key" to table: "messages"
DROP INDEX "messages_idempotency_key_key";
-- reverse: create index "message_region_id_created_at" to table: "messages"
DROP INDEX "message_region_id_created_at";
-- reverse: create index "message_fanout_id" to table: "messages"
DROP INDEX "message_fanout_id";
-- reverse: create index "message_candidate_id_created_at" to table: "messages"
DROP INDEX "message_candidate_id_created_at";
-- reverse: create "messages" table
DROP TABLE "messages";
-- reverse: modify "candidates" table
ALTER TABLE "candidates" DROP COLUMN "sms_opt_out";
-- reverse: create index "fanouts_idempotency_key_key" to table: "fanouts"
DROP INDEX "fanouts_idempotency_key_key";
-- reverse: create index "fanout_done" to table: "fanouts"
DROP INDEX "fanout_done";
-- reverse: create "fanouts" table
DROP TABLE "fanouts";
