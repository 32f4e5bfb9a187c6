-- modify "staff_users" table
ALTER TABLE "staff_users" DROP CONSTRAINT "staff_users_staff_users_created_by", ADD COLUMN "totp_last_step" bigint NOT NULL DEFAULT 0, ADD CONSTRAINT "staff_users_staff_users_created_accounts" FOREIGN KEY ("created_by_id") REFERENCES "staff_users" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- drop the unique index of the old one-to-one "created_by" edge: one admin creates many accounts
DROP INDEX "staff_users_created_by_id_key";
