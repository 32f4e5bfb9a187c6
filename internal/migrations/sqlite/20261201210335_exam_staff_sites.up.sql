-- add column "site_ids" to table: "staff_users"
ALTER TABLE `staff_users` ADD COLUMN `site_ids` json NULL;
