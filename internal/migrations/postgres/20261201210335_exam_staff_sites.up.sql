-- modify "staff_users" table
ALTER TABLE "staff_users" ADD COLUMN "site_ids" jsonb NULL;
