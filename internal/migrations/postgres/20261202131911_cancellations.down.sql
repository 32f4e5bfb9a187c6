-- reverse: create index "cancellationrefund_cancellation_id_state" to table: "cancellation_refunds"
DROP INDEX "cancellationrefund_cancellation_id_state";
-- reverse: create index "cancellation_refunds_order_id_key" to table: "cancellation_refunds"
DROP INDEX "cancellation_refunds_order_id_key";
-- reverse: create "cancellation_refunds" table
DROP TABLE "cancellation_refunds";
-- reverse: create index "cancellation_session_id_region_id_state" to table: "cancellations"
DROP INDEX "cancellation_session_id_region_id_state";
-- reverse: create index "cancellation_one_open_per_scope" to table: "cancellations"
DROP INDEX "cancellation_one_open_per_scope";
-- reverse: create "cancellations" table
DROP TABLE "cancellations";
