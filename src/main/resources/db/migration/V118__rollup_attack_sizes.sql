-- Attack sizes from the rollups: the dashboard's weapons panel asks how many strikes had < 10, 10-49,
-- 50-99 and >= 100 launched (best figure) in the window, which the strike table answered by reading
-- every strike of it (an index-only scan of the default view's 53,000 strikes at 1M: 68 ms p50, 91 ms
-- p95 on the quiet machine). Every rollup row now also counts its strikes per size class; the strikes
-- without a launched figure are strikes - launched_n, as before.
--
-- Exact as every column: the refresher recomputes whole dirty days from the strike table with the
-- statement below, and reads take dirty days from the strike table (StrikeRollups.dirtyRows).

alter table strike_rollup
    add column size_lt10  bigint not null default 0,
    add column size_10_49 bigint not null default 0,
    add column size_50_99 bigint not null default 0,
    add column size_ge100 bigint not null default 0;

-- the statement the refresher and the rebuild run, now with the size classes
create or replace function strike_rollup_sql(source text) returns text
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
    size_columns constant text[] := array['size_lt10', 'size_10_49', 'size_50_99', 'size_ge100'];
    size_classes constant text[] := array['between 0 and 9', 'between 10 and 49', 'between 50 and 99', '>= 100'];
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
    -- the attack-size classes: strikes per class of their best launched figure
    for i in 1 .. 4 loop
        n := n + 1;
        cols := cols || format(', %s', size_columns[i]);
        sums := sums || format(', coalesce(sum(x.sign) filter (where x.launched_best %s), 0) as c%s', size_classes[i], n);
        aliases := aliases || format(', c%s', n);
        sets := sets || format(', %1$s = r.%1$s + excluded.%1$s', size_columns[i]);
        changed := changed || format(' or c%s <> 0', n);
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
                ('d', 11, c.attacker, c.country),
                ('h', 12, c.region_code::text, null), ('d', 12, c.region_code::text, null)) v(grain, gset, k1, k2)
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

-- the size classes of the strikes already recorded: as V112 did, every day that holds strikes is marked
-- dirty, so reads take those days from the strike table (exact, slower) until the refresher has
-- recomputed them
insert into strike_rollup_dirty (day)
select distinct date_trunc('day', started_at, 'UTC') from strike;

-- The refresher's index, out of the reads' way. A refresh deletes one UTC day's rows of every grain and
-- grouping set; on (bucket) the planner took that index for reads too, the table lying in bucket order:
-- at 1M strikes the daily rows of a 90-day window by region code fetched 63,000 rows of every set to keep
-- 2,200 (30 ms of 50), the moved hours of a Kyiv-day series 6,100 to keep 530 (58 ms of 83, load ~10).
-- The reads compare bucket, never this expression, so they take the (grain, gset, bucket) indexes.
create index strike_rollup_utc_day_idx on strike_rollup ((bucket at time zone 'UTC'));
drop index strike_rollup_bucket_idx;
analyze strike_rollup;

create or replace function strike_rollup_refresh(max_days integer) returns integer
    language plpgsql as $fn$
declare
    days timestamptz[];
begin
    select array_agg(d.day order by d.day) into days
    from (select distinct day from strike_rollup_dirty order by day limit max_days) d;
    if days is null then
        return 0;
    end if;
    -- planned for these days (not a generic plan): one range of strike_rollup_utc_day_idx per day
    execute format('delete from strike_rollup r using unnest(%L::timestamptz[]) d(day)'
        || ' where (r.bucket at time zone ''UTC'') >= (d.day at time zone ''UTC'')'
        || ' and (r.bucket at time zone ''UTC'') < (d.day at time zone ''UTC'') + interval ''1 day''', days);
    execute strike_rollup_sql(format('select 1 as sign, s.* from unnest(%L::timestamptz[]) d(day)'
        || ' join strike s on s.started_at >= d.day and s.started_at < d.day + interval ''1 day''', days));
    delete from strike_rollup_dirty where day = any (days);
    return cardinality(days);
end
$fn$;
