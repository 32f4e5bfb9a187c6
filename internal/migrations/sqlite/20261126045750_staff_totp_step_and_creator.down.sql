-- reverse: create index "staffuser_region_id_role" to table: "staff_users"
DROP INDEX `staffuser_region_id_role`;
-- reverse: create index "staff_users_username_key" to table: "staff_users"
DROP INDEX `staff_users_username_key`;
-- reverse: create "new_staff_users" table
DROP TABLE `new_staff_users`;
