-- reverse: create index "keycheck_purpose_key_id" to table: "key_checks"
DROP INDEX `keycheck_purpose_key_id`;
-- reverse: create "key_checks" table
DROP TABLE `key_checks`;
