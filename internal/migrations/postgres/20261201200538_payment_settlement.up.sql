-- modify "payment_orders" table
ALTER TABLE "payment_orders" ADD COLUMN "code_url" character varying NULL, ADD COLUMN "receipt_no" character varying NULL, ADD COLUMN "receipt_sha256" character varying NULL, ADD COLUMN "refund_due" boolean NOT NULL DEFAULT false, ADD COLUMN "refund_due_reason" character varying NULL, ADD COLUMN "refund_no" character varying NULL, ADD COLUMN "refund_status" character varying NULL, ADD COLUMN "refund_reason" character varying NULL, ADD COLUMN "refunded_by_id" character varying NULL, ADD COLUMN "refunded_at" timestamptz NULL, ADD COLUMN "gateway_state" character varying NULL, ADD COLUMN "gateway_amount_fen" bigint NULL, ADD COLUMN "gateway_checked_at" timestamptz NULL;
-- create index "payment_orders_receipt_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX "payment_orders_receipt_no_key" ON "payment_orders" ("receipt_no");
-- create index "payment_orders_refund_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX "payment_orders_refund_no_key" ON "payment_orders" ("refund_no");
-- create index "paymentorder_created_at" to table: "payment_orders"
CREATE INDEX "paymentorder_created_at" ON "payment_orders" ("created_at");
-- create index "paymentorder_refund_due_refund_status" to table: "payment_orders"
CREATE INDEX "paymentorder_refund_due_refund_status" ON "payment_orders" ("refund_due", "refund_status");
