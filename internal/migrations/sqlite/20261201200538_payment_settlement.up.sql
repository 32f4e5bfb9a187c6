-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_payment_orders" table
CREATE TABLE `new_payment_orders` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `out_trade_no` text NOT NULL, `amount_fen` integer NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `provider` text NOT NULL, `provider_txn_id` text NULL, `code_url` text NULL, `expires_at` datetime NOT NULL, `paid_at` datetime NULL, `closed_at` datetime NULL, `receipt_no` text NULL, `receipt_sha256` text NULL, `refund_due` bool NOT NULL DEFAULT (false), `refund_due_reason` text NULL, `refund_no` text NULL, `refund_status` text NULL, `refund_reason` text NULL, `refunded_by_id` text NULL, `refunded_at` datetime NULL, `gateway_state` text NULL, `gateway_amount_fen` integer NULL, `gateway_checked_at` datetime NULL, `application_id` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `payment_orders_applications_application` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "payment_orders" to new temporary table "new_payment_orders"
INSERT INTO `new_payment_orders` (`id`, `created_at`, `updated_at`, `out_trade_no`, `amount_fen`, `status`, `provider`, `provider_txn_id`, `expires_at`, `paid_at`, `closed_at`, `application_id`) SELECT `id`, `created_at`, `updated_at`, `out_trade_no`, `amount_fen`, `status`, `provider`, `provider_txn_id`, `expires_at`, `paid_at`, `closed_at`, `application_id` FROM `payment_orders`;
-- drop "payment_orders" table after copying rows
DROP TABLE `payment_orders`;
-- rename temporary table "new_payment_orders" to "payment_orders"
ALTER TABLE `new_payment_orders` RENAME TO `payment_orders`;
-- create index "payment_orders_out_trade_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX `payment_orders_out_trade_no_key` ON `payment_orders` (`out_trade_no`);
-- create index "payment_orders_receipt_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX `payment_orders_receipt_no_key` ON `payment_orders` (`receipt_no`);
-- create index "payment_orders_refund_no_key" to table: "payment_orders"
CREATE UNIQUE INDEX `payment_orders_refund_no_key` ON `payment_orders` (`refund_no`);
-- create index "paymentorder_application_id_status" to table: "payment_orders"
CREATE INDEX `paymentorder_application_id_status` ON `payment_orders` (`application_id`, `status`);
-- create index "paymentorder_status_expires_at" to table: "payment_orders"
CREATE INDEX `paymentorder_status_expires_at` ON `payment_orders` (`status`, `expires_at`);
-- create index "paymentorder_refund_due_refund_status" to table: "payment_orders"
CREATE INDEX `paymentorder_refund_due_refund_status` ON `payment_orders` (`refund_due`, `refund_status`);
-- create index "paymentorder_created_at" to table: "payment_orders"
CREATE INDEX `paymentorder_created_at` ON `payment_orders` (`created_at`);
-- create index "paymentorder_one_live_per_application" to table: "payment_orders"
CREATE UNIQUE INDEX `paymentorder_one_live_per_application` ON `payment_orders` (`application_id`) WHERE status = 'PENDING';
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
