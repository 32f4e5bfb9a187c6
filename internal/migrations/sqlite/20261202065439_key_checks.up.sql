-- create "key_checks" table
CREATE TABLE `key_checks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `purpose` text NOT NULL, `key_id` text NOT NULL, `check_value` blob NOT NULL, `retired_at` datetime NULL, PRIMARY KEY (`id`));
-- create index "keycheck_purpose_key_id" to table: "key_checks"
CREATE UNIQUE INDEX `keycheck_purpose_key_id` ON `key_checks` (`purpose`, `key_id`);
