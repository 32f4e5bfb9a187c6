-- reverse: modify "staff_users" table
ALTER TABLE "staff_users" DROP CONSTRAINT "staff_users_staff_users_created_accounts", DROP COLUMN "totp_last_step", ADD CONSTRAINT "staff_users_staff_users_created_by" FOREIGN KEY ("created_by_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
