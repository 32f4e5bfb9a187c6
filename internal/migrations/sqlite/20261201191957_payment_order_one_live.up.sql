-- create index "paymentorder_one_live_per_application" to table: "payment_orders"
CREATE UNIQUE INDEX `paymentorder_one_live_per_application` ON `payment_orders` (`application_id`) WHERE status = 'PENDING';
