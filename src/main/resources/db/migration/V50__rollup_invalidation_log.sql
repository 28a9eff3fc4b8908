-- Writers to strikes no longer share a hot row. Until now every statement on strike bumped
-- strike_data_version and upserted rollup rows in the writing transaction: writers queued one
-- transaction at a time, and an import batch held them all back until it committed.
--
-- Now (after TimescaleDB's continuous aggregates with real-time aggregation):
-- * a statement writing strike only appends the UTC days it touched to strike_rollup_dirty
--   (set-based, one row per day and statement, insert-only: no row is shared between writers);
-- * a refresher (StrikeRollupRefresher, one instance at a time by ShedLock) recomputes the rollup
--   rows of dirty days from the strike table in one REPEATABLE READ snapshot and deletes the dirty
--   rows it saw, in one transaction (strike_rollup_refresh below);
-- * a read takes the rollup rows of clean days and aggregates the strike table for dirty days in one
--   statement (StrikeRollups), so it is exact at every commit: a day's rollup rows are what the last
--   refresh computed, and any transaction that changed the day after that refresh's snapshot left a
--   dirty row that the refresh did not see, so every reader who sees that change also sees the day dirty.
--
-- The answer cache keyed by strike_data_version (and ceasefire_data_version) goes with the counters.

drop trigger strike_rollup_insert on strike;
drop trigger strike_rollup_update on strike;
drop trigger strike_rollup_delete on strike;
drop trigger strike_rollup_truncate on strike;
drop function strike_rollup_trigger();
drop function strike_rollup_truncate();

drop trigger strike_data_version_bump on strike;
drop function strike_data_version_bump();
drop table strike_data_version;

drop trigger ceasefire_data_version_bump on ceasefire;
drop trigger ceasefire_data_version_bump on ceasefire_party;
drop trigger ceasefire_data_version_bump on ceasefire_transition;
drop trigger ceasefire_data_version_bump on ceasefire_allegation;
drop function ceasefire_data_version_bump();
drop table ceasefire_data_version;

-- the UTC days whose rollup rows may be stale; duplicates are fine (the refresher removes all it saw)
create table strike_rollup_dirty (
    day  timestamptz  not null
);

create index strike_rollup_dirty_day_idx on strike_rollup_dirty (day);

-- a refresh deletes and rewrites one day's rows of every grain and grouping set
create index strike_rollup_bucket_idx on strike_rollup (bucket);

create function strike_rollup_invalidate() returns trigger
    language plpgsql as $fn$
begin
    if tg_op = 'INSERT' then
        insert into strike_rollup_dirty (day)
        select distinct date_trunc('day', n.started_at, 'UTC') from strike_rollup_new n;
    elsif tg_op = 'DELETE' then
        insert into strike_rollup_dirty (day)
        select distinct date_trunc('day', o.started_at, 'UTC') from strike_rollup_old o;
    else
        insert into strike_rollup_dirty (day)
        select date_trunc('day', n.started_at, 'UTC') from strike_rollup_new n
        union
        select date_trunc('day', o.started_at, 'UTC') from strike_rollup_old o;
    end if;
    return null;
end
$fn$;

create trigger strike_rollup_insert after insert on strike
    referencing new table as strike_rollup_new
    for each statement execute function strike_rollup_invalidate();
create trigger strike_rollup_update after update on strike
    referencing old table as strike_rollup_old new table as strike_rollup_new
    for each statement execute function strike_rollup_invalidate();
create trigger strike_rollup_delete after delete on strike
    referencing old table as strike_rollup_old
    for each statement execute function strike_rollup_invalidate();

create function strike_rollup_truncate() returns trigger
    language plpgsql as $fn$
begin
    truncate strike_rollup;
    truncate strike_rollup_dirty;
    return null;
end
$fn$;

create trigger strike_rollup_truncate after truncate on strike
    for each statement execute function strike_rollup_truncate();

-- Folds up to max_days dirty days into the rollups; returns how many. Run it in a REPEATABLE READ
-- transaction (one snapshot for reading the dirty days, the strikes and deleting what it saw) and one
-- at a time (StrikeRollupRefresher's ShedLock): writers never wait for it, they only append.
create function strike_rollup_refresh(max_days integer) returns integer
    language plpgsql as $fn$
declare
    days timestamptz[];
begin
    select array_agg(d.day order by d.day) into days
    from (select distinct day from strike_rollup_dirty order by day limit max_days) d;
    if days is null then
        return 0;
    end if;
    delete from strike_rollup r using unnest(days) d(day)
    where r.bucket >= d.day and r.bucket < d.day + interval '1 day';
    execute strike_rollup_sql(format('select 1 as sign, s.* from unnest(%L::timestamptz[]) d(day)'
        || ' join strike s on s.started_at >= d.day and s.started_at < d.day + interval ''1 day''', days));
    delete from strike_rollup_dirty where day = any (days);
    return cardinality(days);
end
$fn$;

-- A rebuild of everything, as before (after a restore, or to check the refresher).
create or replace function strike_rollup_rebuild() returns void
    language plpgsql as $fn$
begin
    lock table strike in share mode;
    delete from strike_rollup;
    delete from strike_rollup_dirty;
    execute strike_rollup_sql('select 1 as sign, s.* from strike s');
end
$fn$;
