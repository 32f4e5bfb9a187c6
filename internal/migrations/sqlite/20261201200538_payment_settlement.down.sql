-- reverse: create index "paymentorder_one_live_per_application" to table: "payment_orders"
DROP INDEX `paymentorder_one_live_per_application`;
-- reverse: create index "paymentorder_created_at" to table: "payment_orders"
DROP INDEX `paymentorder_created_at`;
-- reverse: create index "paymentorder_refund_due_refund_status" to table: "payment_orders"
DROP INDEX `paymentorder_refund_due_refund_status`;
-- reverse: create index "paymentorder_status_expires_at" to table: "payment_orders"
DROP INDEX `paymentorder_status_expires_at`;
-- reverse: create index "paymentorder_application_id_status" to table: "payment_orders"
DROP INDEX `paymentorder_application_id_status`;
-- reverse: create index "payment_orders_refund_no_key" to table: "payment_orders"
DROP INDEX `payment_orders_refund_no_key`;
-- reverse: create index "payment_orders_receipt_no_key" to table: "payment_orders"
DROP INDEX `payment_orders_receipt_no_key`;
-- reverse: create index "payment_orders_out_trade_no_key" to table: "payment_orders"
DROP INDEX `payment_orders_out_trade_no_key`;
-- reverse: create "new_payment_orders" table
DROP TABLE `new_payment_orders`;
