-- A row that every statement writing what strike coverage reads (cease-fires, their parties and
-- histories, hence ceasefire_in_force) updates, in the writing transaction. Its xmin names the last
-- transaction that changed coverage: a strike's cached JSON is served only while the xmins it was
-- built from (this row's, the strike's, its claims', their sources', its external ids') are still the
-- ones a reader's snapshot sees, so the cache is never stale. Only cease-fire writers touch the row;
-- like V15 it is bumped BEFORE the statement, so they take this lock before any row lock (no deadlock).
create table ceasefire_coverage_version (
    singleton  boolean  primary key default true check (singleton),
    version    bigint   not null
);

insert into ceasefire_coverage_version (singleton, version) values (true, 0);

create function ceasefire_coverage_version_bump() returns trigger
    language plpgsql as $fn$
begin
    update ceasefire_coverage_version set version = version + 1;
    return null;
end
$fn$;

create trigger ceasefire_coverage_version_bump before insert or update or delete or truncate on ceasefire
    for each statement execute function ceasefire_coverage_version_bump();
create trigger ceasefire_coverage_version_bump before insert or update or delete or truncate on ceasefire_party
    for each statement execute function ceasefire_coverage_version_bump();
create trigger ceasefire_coverage_version_bump before insert or update or delete or truncate on ceasefire_transition
    for each statement execute function ceasefire_coverage_version_bump();
