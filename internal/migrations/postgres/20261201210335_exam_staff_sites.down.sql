-- reverse: modify "staff_users" table
ALTER TABLE "staff_users" DROP COLUMN "site_ids";
