-- Strike statistics at database speed. strike_rollup holds, per time bucket and grouping set, the
-- number of strikes and the sums of their reconciled figures. Statement-level triggers on strike
-- keep it exact in the same transaction as every write, whether one row changes through the API or
-- a million arrive in one INSERT ... SELECT from an import's staging table.
--
-- grain: 'h' = UTC hour (exact for every time zone whose offset is a whole number of hours),
--        'd' = UTC day (exact for UTC days, weeks and months; far fewer rows for long ranges).
-- gset:  which strike columns k1 and k2 hold (strike_rollup_set below); the others are summed over.
--        A strike with several target categories counts once in each of them in the sets that hold
--        target_category, and once everywhere else; one without any counts under a null category.
-- For each figure f: f_n strikes state it, f_low and f_best sum their low and best, f_high sums the
-- high of those with a bounded high and f_unbounded counts those whose high is null (unbounded):
-- the sum's high is null exactly when f_unbounded > 0.
create table strike_rollup_set (
    gset    smallint   primary key,
    grains  text       not null check (grains in ('h,d', 'd')),
    k1      text,
    k2      text,
    unique nulls not distinct (k1, k2)
);

insert into strike_rollup_set (gset, grains, k1, k2) values
    (0,  'h,d', null,              null),
    (1,  'h,d', 'attacker',        null),
    (2,  'h,d', 'target',          null),
    (3,  'h,d', 'weapon_category', null),
    (4,  'd',   'target_category', null),
    (5,  'd',   'region',          null),
    (6,  'h,d', 'country',         null),
    (7,  'd',   'attacker',        'target'),
    (8,  'd',   'attacker',        'weapon_category'),
    (9,  'd',   'attacker',        'target_category'),
    (10, 'd',   'attacker',        'region'),
    (11, 'd',   'attacker',        'country');

create table strike_rollup (
    grain               char(1)      not null check (grain in ('h', 'd')),
    gset                smallint     not null references strike_rollup_set (gset),
    bucket              timestamptz  not null,
    k1                  text,
    k2                  text,
    strikes             bigint       not null default 0,
    launched_n          bigint not null default 0, launched_low bigint not null default 0,
    launched_best       bigint not null default 0, launched_high bigint not null default 0,
    launched_unbounded  bigint not null default 0,
    intercepted_n       bigint not null default 0, intercepted_low bigint not null default 0,
    intercepted_best    bigint not null default 0, intercepted_high bigint not null default 0,
    intercepted_unbounded bigint not null default 0,
    suppressed_n        bigint not null default 0, suppressed_low bigint not null default 0,
    suppressed_best     bigint not null default 0, suppressed_high bigint not null default 0,
    suppressed_unbounded bigint not null default 0,
    hit_n               bigint not null default 0, hit_low bigint not null default 0,
    hit_best            bigint not null default 0, hit_high bigint not null default 0,
    hit_unbounded       bigint not null default 0,
    killed_n            bigint not null default 0, killed_low bigint not null default 0,
    killed_best         bigint not null default 0, killed_high bigint not null default 0,
    killed_unbounded    bigint not null default 0,
    wounded_n           bigint not null default 0, wounded_low bigint not null default 0,
    wounded_best        bigint not null default 0, wounded_high bigint not null default 0,
    wounded_unbounded   bigint not null default 0
);

-- the upsert target and the range scan of one grouping set over time
create unique index strike_rollup_key_idx on strike_rollup (grain, gset, bucket, k1, k2) nulls not distinct;
-- one value of the first dimension over time (attacker = 'RU', region = 'Kharkiv oblast', ...)
create index strike_rollup_k1_idx on strike_rollup (grain, gset, lower(k1), bucket);

-- The statement that adds the rows of `source` (strike rows with a leading `sign`: 1 adds, -1
-- removes) to the rollups. Rows are grouped first so that each rollup row is written once, skipped
-- when nothing changes, and written in key order so that concurrent writers lock in the same order.
create function strike_rollup_sql(source text) returns text
    language plpgsql immutable as $fn$
declare
    figures constant text[] := array['launched', 'intercepted', 'suppressed', 'hit', 'killed', 'wounded'];
    parts constant text[] := array[
        'coalesce(sum(x.sign) filter (where x.%1$s_best is not null), 0)',
        'coalesce(sum(x.sign * x.%1$s_low::bigint) filter (where x.%1$s_best is not null), 0)',
        'coalesce(sum(x.sign * x.%1$s_best::bigint), 0)',
        'coalesce(sum(x.sign * x.%1$s_high::bigint) filter (where x.%1$s_best is not null), 0)',
        'coalesce(sum(x.sign) filter (where x.%1$s_best is not null and x.%1$s_high is null), 0)'];
    suffixes constant text[] := array['n', 'low', 'best', 'high', 'unbounded'];
    cols text := '';      -- , launched_n, launched_low, ...
    sums text := '';      -- , <sum> as c1, <sum> as c2, ...
    aliases text := '';   -- , c1, c2, ...
    sets text := '';      -- , launched_n = r.launched_n + excluded.launched_n, ...
    changed text := 'strikes <> 0';
    n int := 0;
    f text;
begin
    foreach f in array figures loop
        for i in 1 .. 5 loop
            n := n + 1;
            cols := cols || format(', %s_%s', f, suffixes[i]);
            sums := sums || ', ' || format(parts[i], f) || format(' as c%s', n);
            aliases := aliases || format(', c%s', n);
            sets := sets || format(', %1$s_%2$s = r.%1$s_%2$s + excluded.%1$s_%2$s', f, suffixes[i]);
            changed := changed || format(' or c%s <> 0', n);
        end loop;
    end loop;
    return format($q$
insert into strike_rollup as r (grain, gset, bucket, k1, k2, strikes %1$s)
select grain, gset, bucket, k1, k2, strikes %3$s
from (
    select x.grain, x.gset, date_trunc(case x.grain when 'h' then 'hour' else 'day' end, x.started_at, 'UTC') as bucket,
           x.k1, x.k2, sum(x.sign) as strikes %2$s
    from (
        select c.*, g.grain, g.gset, g.k1, g.k2
        from (%5$s) c
        cross join lateral (
            select v.grain, v.gset, v.k1, v.k2 from (values
                ('h', 0, null::text, null::text), ('d', 0, null, null),
                ('h', 1, c.attacker, null), ('d', 1, c.attacker, null),
                ('h', 2, c.target, null), ('d', 2, c.target, null),
                ('h', 3, c.weapon_category, null), ('d', 3, c.weapon_category, null),
                ('d', 5, c.region, null),
                ('h', 6, c.country, null), ('d', 6, c.country, null),
                ('d', 7, c.attacker, c.target),
                ('d', 8, c.attacker, c.weapon_category),
                ('d', 10, c.attacker, c.region),
                ('d', 11, c.attacker, c.country)) v(grain, gset, k1, k2)
            union all
            select 'd', 4, t.category, null from (select distinct unnest(
                case when cardinality(c.target_categories) = 0 then array[null]::text[]
                     else c.target_categories end) as category) t
            union all
            select 'd', 9, c.attacker, t.category from (select distinct unnest(
                case when cardinality(c.target_categories) = 0 then array[null]::text[]
                     else c.target_categories end) as category) t
        ) g
    ) x
    group by 1, 2, 3, 4, 5
) d
where %4$s
order by grain, gset, bucket, k1, k2
on conflict (grain, gset, bucket, k1, k2) do update set strikes = r.strikes + excluded.strikes %6$s
$q$, cols, sums, aliases, changed, source, sets);
end
$fn$;

-- On UPDATE only the rows whose bucket, dimensions or figures changed count (a new updated_at or a
-- moved coordinate leaves the rollups alone).
create function strike_rollup_trigger() returns trigger
    language plpgsql as $fn$
declare
    relevant constant text := '(%1$s.started_at, %1$s.attacker, %1$s.target, %1$s.weapon_category, %1$s.region,'
        || ' %1$s.country, %1$s.target_categories,'
        || ' %1$s.launched_low, %1$s.launched_best, %1$s.launched_high,'
        || ' %1$s.intercepted_low, %1$s.intercepted_best, %1$s.intercepted_high,'
        || ' %1$s.suppressed_low, %1$s.suppressed_best, %1$s.suppressed_high,'
        || ' %1$s.hit_low, %1$s.hit_best, %1$s.hit_high,'
        || ' %1$s.killed_low, %1$s.killed_best, %1$s.killed_high,'
        || ' %1$s.wounded_low, %1$s.wounded_best, %1$s.wounded_high)';
begin
    if tg_op = 'INSERT' then
        execute strike_rollup_sql('select 1 as sign, n.* from strike_rollup_new n');
    elsif tg_op = 'DELETE' then
        execute strike_rollup_sql('select -1 as sign, o.* from strike_rollup_old o');
    else
        execute strike_rollup_sql(format(
            'select 1 as sign, n.* from strike_rollup_new n where not exists (select 1 from strike_rollup_old o'
            || ' where o.id = n.id and %1$s is not distinct from %2$s)'
            || ' union all select -1 as sign, o.* from strike_rollup_old o where not exists (select 1 from'
            || ' strike_rollup_new n where n.id = o.id and %1$s is not distinct from %2$s)',
            format(relevant, 'o'), format(relevant, 'n')));
    end if;
    return null;
end
$fn$;

create function strike_rollup_truncate() returns trigger
    language plpgsql as $fn$
begin
    truncate strike_rollup;
    return null;
end
$fn$;

create trigger strike_rollup_insert after insert on strike
    referencing new table as strike_rollup_new
    for each statement execute function strike_rollup_trigger();
create trigger strike_rollup_update after update on strike
    referencing old table as strike_rollup_old new table as strike_rollup_new
    for each statement execute function strike_rollup_trigger();
create trigger strike_rollup_delete after delete on strike
    referencing old table as strike_rollup_old
    for each statement execute function strike_rollup_trigger();
create trigger strike_rollup_truncate after truncate on strike
    for each statement execute function strike_rollup_truncate();

-- Rebuilds every rollup from the strike table (after a restore, or to check the triggers).
create function strike_rollup_rebuild() returns void
    language plpgsql as $fn$
begin
    lock table strike in share mode;
    delete from strike_rollup;
    execute strike_rollup_sql('select 1 as sign, s.* from strike s');
end
$fn$;

-- the strikes recorded before this migration
select strike_rollup_rebuild();
