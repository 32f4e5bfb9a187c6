-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_staff_users" table
CREATE TABLE `new_staff_users` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `username` text NOT NULL, `display_name` text NOT NULL, `role` text NOT NULL, `password_hash` text NOT NULL, `failed_logins` integer NOT NULL DEFAULT (0), `locked_until` datetime NULL, `totp_secret_enc` blob NULL, `totp_enabled` bool NOT NULL DEFAULT (false), `totp_last_step` integer NOT NULL DEFAULT (0), `disabled` bool NOT NULL DEFAULT (false), `last_login_at` datetime NULL, `region_id` text NULL, `created_by_id` text NULL, PRIMARY KEY (`id`), CONSTRAINT `staff_users_regions_region` FOREIGN KEY (`region_id`) REFERENCES `regions` (`id`) ON DELETE SET NULL, CONSTRAINT `staff_users_staff_users_created_accounts` FOREIGN KEY (`created_by_id`) REFERENCES `staff_users` (`id`) ON DELETE SET NULL);
-- copy rows from old table "staff_users" to new temporary table "new_staff_users"
INSERT INTO `new_staff_users` (`id`, `created_at`, `updated_at`, `username`, `display_name`, `role`, `password_hash`, `failed_logins`, `locked_until`, `totp_secret_enc`, `totp_enabled`, `disabled`, `last_login_at`, `region_id`, `created_by_id`) SELECT `id`, `created_at`, `updated_at`, `username`, `display_name`, `role`, `password_hash`, `failed_logins`, `locked_until`, `totp_secret_enc`, `totp_enabled`, `disabled`, `last_login_at`, `region_id`, `created_by_id` FROM `staff_users`;
-- drop "staff_users" table after copying rows
DROP TABLE `staff_users`;
-- rename temporary table "new_staff_users" to "staff_users"
ALTER TABLE `new_staff_users` RENAME TO `staff_users`;
-- create index "staff_users_username_key" to table: "staff_users"
CREATE UNIQUE INDEX `staff_users_username_key` ON `staff_users` (`username`);
-- create index "staffuser_region_id_role" to table: "staff_users"
CREATE INDEX `staffuser_region_id_role` ON `staff_users` (`region_id`, `role`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
