-- A batch that only creates strikes may run with session_replication_role = replica (StrikeBulkWriter:
-- its foreign key checks are redundant, the rows it names are locked instead). Triggers on strike,
-- claim and strike_external_id that must see every write, imports included, fire ALWAYS.
alter table strike enable always trigger strike_rollup_insert;
alter table strike enable always trigger strike_rollup_update;
alter table strike enable always trigger strike_rollup_delete;
alter table strike enable always trigger strike_rollup_truncate;
