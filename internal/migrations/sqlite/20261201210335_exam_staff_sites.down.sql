-- reverse: add column "site_ids" to table: "staff_users"
ALTER TABLE `staff_users` DROP COLUMN `site_ids`;
