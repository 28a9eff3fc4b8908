-- A counter that every statement writing the strike table bumps, in the writing transaction: an
-- answer computed from strikes at version v stays right exactly as long as the counter reads v, so
-- statistics can be cached without ever serving a stale one. The bump runs BEFORE the statement, so
-- a writing transaction takes this row lock before any rollup row lock: writers to strikes queue
-- here, one transaction at a time, and can never deadlock on the rollups.
create table strike_data_version (
    singleton  boolean  primary key default true check (singleton),
    version    bigint   not null
);

insert into strike_data_version (singleton, version) values (true, 0);

create function strike_data_version_bump() returns trigger
    language plpgsql as $fn$
begin
    update strike_data_version set version = version + 1;
    return null;
end
$fn$;

create trigger strike_data_version_bump before insert or update or delete or truncate on strike
    for each statement execute function strike_data_version_bump();
