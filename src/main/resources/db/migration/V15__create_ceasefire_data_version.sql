-- As strike_data_version (V14), for what a compliance report reads besides strikes: cease-fires, their
-- parties, histories and allegations. Every statement writing them bumps it in its own transaction.
create table ceasefire_data_version (
    singleton  boolean  primary key default true check (singleton),
    version    bigint   not null
);

insert into ceasefire_data_version (singleton, version) values (true, 0);

create function ceasefire_data_version_bump() returns trigger
    language plpgsql as $fn$
begin
    update ceasefire_data_version set version = version + 1;
    return null;
end
$fn$;

create trigger ceasefire_data_version_bump before insert or update or delete or truncate on ceasefire
    for each statement execute function ceasefire_data_version_bump();
create trigger ceasefire_data_version_bump before insert or update or delete or truncate on ceasefire_party
    for each statement execute function ceasefire_data_version_bump();
create trigger ceasefire_data_version_bump before insert or update or delete or truncate on ceasefire_transition
    for each statement execute function ceasefire_data_version_bump();
create trigger ceasefire_data_version_bump before insert or update or delete or truncate on ceasefire_allegation
    for each statement execute function ceasefire_data_version_bump();
