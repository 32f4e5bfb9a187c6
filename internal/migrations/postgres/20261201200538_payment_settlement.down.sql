-- reverse: create index "paymentorder_refund_due_refund_status" to table: "payment_orders"
DROP INDEX "paymentorder_refund_due_refund_status";
-- reverse: create index "paymentorder_created_at" to table: "payment_orders"
DROP INDEX "paymentorder_created_at";
-- reverse: create index "payment_orders_refund_no_key" to table: "payment_orders"
DROP INDEX "payment_orders_refund_no_key";
-- reverse: create index "payment_orders_receipt_no_key" to table: "payment_orders"
DROP INDEX "payment_orders_receipt_no_key";
-- reverse: modify "payment_orders" table
ALTER TABLE "payment_orders" DROP COLUMN "gateway_checked_at", DROP COLUMN "gateway_amount_fen", DROP COLUMN "gateway_state", DROP COLUMN "refunded_at", DROP COLUMN "refunded_by_id", DROP COLUMN "refund_reason", DROP COLUMN "refund_status", DROP COLUMN "refund_no", DROP COLUMN "refund_due_reason", DROP COLUMN "refund_due", DROP COLUMN "receipt_sha256", DROP COLUMN "receipt_no", DROP COLUMN "code_url";
