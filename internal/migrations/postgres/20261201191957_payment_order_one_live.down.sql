-- reverse: create index "paymentorder_one_live_per_application" to table: "payment_orders"
DROP INDEX "paymentorder_one_live_per_application";
