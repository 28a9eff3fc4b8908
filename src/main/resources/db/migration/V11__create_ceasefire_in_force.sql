-- The in-force intervals of every cease-fire, derived from its history by a trigger in the same
-- transaction as each transition (or undo, or deletion), so that coverage is always current and a
-- strike's cease-fires are one indexed join. The intervals follow CoverageRule.inForce exactly:
-- from entering IN_FORCE to leaving it, half-open, the last one open (until_at null) while still in
-- force; empty intervals are dropped and touching ones merged.
create table ceasefire_in_force (
    ceasefire_id  bigint       not null references ceasefire (id) on delete cascade,
    from_at       timestamptz  not null,
    until_at      timestamptz,
    primary key (ceasefire_id, from_at),
    constraint ceasefire_in_force_ordered check (until_at is null or until_at > from_at)
);

create index ceasefire_in_force_from_idx on ceasefire_in_force (from_at);

create function ceasefire_in_force_refresh(ids bigint[]) returns void
    language plpgsql as $fn$
declare
    cid         bigint;
    entry       record;
    entered     timestamptz;
    last_from   timestamptz;
    last_until  timestamptz;
    has_last    boolean;
begin
    delete from ceasefire_in_force where ceasefire_id = any (ids);
    for cid in select c.id from ceasefire c where c.id = any (ids) order by c.id loop
        entered := null;
        has_last := false;
        for entry in select t.to_status, t.at from ceasefire_transition t where t.ceasefire_id = cid order by t.seq loop
            if entry.to_status = 'IN_FORCE' then
                entered := coalesce(entered, entry.at);
            elsif entered is not null then
                if entry.at > entered then
                    if has_last and last_until is not null and last_until >= entered then
                        last_until := entry.at;
                    else
                        if has_last then
                            insert into ceasefire_in_force values (cid, last_from, last_until);
                        end if;
                        last_from := entered;
                        last_until := entry.at;
                        has_last := true;
                    end if;
                end if;
                entered := null;
            end if;
        end loop;
        if entered is not null then
            if has_last and last_until is not null and last_until >= entered then
                last_until := null;
            else
                if has_last then
                    insert into ceasefire_in_force values (cid, last_from, last_until);
                end if;
                last_from := entered;
                last_until := null;
                has_last := true;
            end if;
        end if;
        if has_last then
            insert into ceasefire_in_force values (cid, last_from, last_until);
        end if;
    end loop;
end
$fn$;

create function ceasefire_in_force_trigger() returns trigger
    language plpgsql as $fn$
begin
    if tg_op = 'INSERT' then
        perform ceasefire_in_force_refresh(array(select distinct ceasefire_id from ceasefire_in_force_new));
    elsif tg_op = 'DELETE' then
        perform ceasefire_in_force_refresh(array(select distinct ceasefire_id from ceasefire_in_force_old));
    else
        perform ceasefire_in_force_refresh(array(select ceasefire_id from ceasefire_in_force_new
                                                 union select ceasefire_id from ceasefire_in_force_old));
    end if;
    return null;
end
$fn$;

create trigger ceasefire_in_force_insert after insert on ceasefire_transition
    referencing new table as ceasefire_in_force_new
    for each statement execute function ceasefire_in_force_trigger();
create trigger ceasefire_in_force_update after update on ceasefire_transition
    referencing old table as ceasefire_in_force_old new table as ceasefire_in_force_new
    for each statement execute function ceasefire_in_force_trigger();
create trigger ceasefire_in_force_delete after delete on ceasefire_transition
    referencing old table as ceasefire_in_force_old
    for each statement execute function ceasefire_in_force_trigger();

-- the cease-fires recorded before this migration
select ceasefire_in_force_refresh(array(select id from ceasefire));
