-- create "key_checks" table
CREATE TABLE "key_checks" ("id" character varying NOT NULL, "created_at" timestamptz NOT NULL, "updated_at" timestamptz NOT NULL, "purpose" character varying NOT NULL, "key_id" character varying NOT NULL, "check_value" bytea NOT NULL, "retired_at" timestamptz NULL, PRIMARY KEY ("id"));
-- create index "keycheck_purpose_key_id" to table: "key_checks"
CREATE UNIQUE INDEX "keycheck_purpose_key_id" ON "key_checks" ("purpose", "key_id");
