-- Loads :n synthetic strikes (1-3 claims each) into the ledger schema of the current database, the
-- way a bulk import does: generate into staging tables, then one INSERT ... SELECT into strike and
-- one into claim, so the rollup triggers see a million rows in one statement.
-- psql -v n=1000000 -f bench/load.sql   (search_path must reach the ledger schema)
\set ON_ERROR_STOP on
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
select setseed(0.20220224);

insert into party (code, name, kind) values ('UA', 'Ukraine', 'STATE'), ('RU', 'Russia', 'STATE')
on conflict do nothing;

insert into source (publisher, kind, party, url, title, published_at)
select p.publisher, p.kind, p.party, 'https://bench.example.org/source/' || p.n, p.publisher || ' bulletin', '2022-02-24T00:00:00Z'
from (values (1, 'Ukrainian Air Force', 'OFFICIAL_MILITARY', 'UA'), (2, 'Russian Ministry of Defence', 'OFFICIAL_MILITARY', 'RU'),
             (3, 'Reuters', 'MEDIA', null), (4, 'RFE/RL', 'MEDIA', null), (5, 'Kyiv Independent', 'MEDIA', null),
             (6, 'TASS', 'MEDIA', 'RU'), (7, 'Ukrainian Energy Ministry', 'GOVERNMENT', 'UA'), (8, 'ACLED', 'DATASET', null))
     as p(n, publisher, kind, party)
on conflict (url) do nothing;

-- where: region, a town in it, coordinates, the country attacked
create temp table bench_place (target text, idx int, region text, place text, lat double precision, lon double precision);
insert into bench_place
select 'UA', row_number() over () - 1, r, p, la, lo from (values
    ('Kyiv city', 'Kyiv', 50.45, 30.52), ('Kharkiv oblast', 'Kharkiv', 49.99, 36.23), ('Odesa oblast', 'Odesa', 46.48, 30.73),
    ('Dnipropetrovsk oblast', 'Dnipro', 48.46, 35.05), ('Zaporizhzhia oblast', 'Zaporizhzhia', 47.84, 35.14),
    ('Lviv oblast', 'Lviv', 49.84, 24.03), ('Sumy oblast', 'Sumy', 50.91, 34.80), ('Chernihiv oblast', 'Chernihiv', 51.49, 31.29),
    ('Mykolaiv oblast', 'Mykolaiv', 46.97, 32.00), ('Kherson oblast', 'Kherson', 46.64, 32.62), ('Donetsk oblast', 'Kramatorsk', 48.72, 37.56),
    ('Poltava oblast', 'Kremenchuk', 49.07, 33.42), ('Vinnytsia oblast', 'Vinnytsia', 49.23, 28.47), ('Khmelnytskyi oblast', 'Starokostiantyniv', 49.76, 27.22),
    ('Zhytomyr oblast', 'Zhytomyr', 50.25, 28.66), ('Cherkasy oblast', 'Cherkasy', 49.44, 32.06), ('Kirovohrad oblast', 'Kropyvnytskyi', 48.51, 32.26),
    ('Rivne oblast', 'Rivne', 50.62, 26.25), ('Volyn oblast', 'Lutsk', 50.75, 25.33), ('Ivano-Frankivsk oblast', 'Burshtyn', 49.26, 24.63),
    ('Ternopil oblast', 'Ternopil', 49.55, 25.59), ('Chernivtsi oblast', 'Chernivtsi', 48.29, 25.94), ('Zakarpattia oblast', 'Mukachevo', 48.44, 22.72),
    ('Kyiv oblast', 'Bila Tserkva', 49.80, 30.11)) v(r, p, la, lo);
insert into bench_place
select 'RU', row_number() over () - 1, r, p, la, lo from (values
    ('Belgorod oblast', 'Belgorod', 50.60, 36.59), ('Kursk oblast', 'Kursk', 51.73, 36.19), ('Bryansk oblast', 'Bryansk', 53.24, 34.36),
    ('Moscow oblast', 'Moscow', 55.76, 37.62), ('Krasnodar krai', 'Tuapse', 44.10, 39.08), ('Rostov oblast', 'Novoshakhtinsk', 47.76, 39.93),
    ('Voronezh oblast', 'Voronezh', 51.67, 39.18), ('Tatarstan', 'Yelabuga', 55.76, 52.06), ('Saratov oblast', 'Engels', 51.48, 46.12),
    ('Leningrad oblast', 'Ust-Luga', 59.68, 28.40)) v(r, p, la, lo);

-- strikes are recorded roughly in the order they happen: ids (and the table's physical order) follow time
create temp table bench_strike as
select row_number() over (order by g.t0) as id,
       case when g.r1 < 0.78 then 'RU' else 'UA' end as attacker,
       case when g.r1 < 0.78 then 'UA' else 'RU' end as target,
       g.t0, g.r2, g.r3, g.r4, g.r5, g.r6
from (select random() as r1, random() as r2, random() as r3, random() as r4, random() as r5, random() as r6,
             timestamptz '2022-02-24T00:00:00Z' + random() * (timestamptz '2026-10-01T00:00:00Z' - timestamptz '2022-02-24T00:00:00Z') as t0
      from generate_series(1, :n) i) g;

create temp table bench_row as
select s.id, s.attacker, s.target,
       case when s.r2 < 0.3 then date_trunc('minute', s.t0, 'UTC') when s.r2 < 0.85 then date_trunc('hour', s.t0, 'UTC')
            else date_trunc('day', s.t0, 'UTC') end as started_at,
       case when s.r2 < 0.3 then date_trunc('minute', s.t0, 'UTC') + make_interval(mins => (s.r3 * 40)::int)
            when s.r2 < 0.85 then date_trunc('hour', s.t0, 'UTC') + make_interval(hours => 1 + (s.r3 * 9)::int)
            else date_trunc('day', s.t0, 'UTC') + interval '1 day' - interval '1 second' end as ended_at,
       case when s.r2 < 0.3 then 'MINUTE' when s.r2 < 0.85 then 'HOUR' else 'DAY' end as time_precision,
       p.region, p.place, s.target as country,
       case when s.r6 < 0.7 then p.lat + (s.r5 - 0.5) * 0.2 end as latitude,
       case when s.r6 < 0.7 then p.lon + (s.r4 - 0.5) * 0.2 end as longitude,
       case when s.r6 < 0.7 then 'TOWN' else 'REGION' end as geo_precision,
       w.category as weapon_category, w.models as weapon_models,
       case when s.r5 < 0.25 then array['ENERGY'] when s.r5 < 0.5 then array['RESIDENTIAL']
            when s.r5 < 0.6 then array['ENERGY', 'INDUSTRIAL'] when s.r5 < 0.7 then array['MILITARY']
            when s.r5 < 0.78 then array['RESIDENTIAL', 'TRANSPORT'] when s.r5 < 0.85 then array['PORT']
            when s.r5 < 0.9 then array['GOVERNMENT'] when s.r5 < 0.95 then array['INDUSTRIAL'] else array['UNKNOWN'] end as target_categories,
       w.scale
from bench_strike s
join bench_place p on p.target = s.target
     and p.idx = case when s.target = 'UA' then least(23, floor(s.r6 * s.r6 * 24))::int else least(9, floor(s.r3 * 10))::int end
cross join lateral (
    select * from (values
        ('RU', 0.00, 0.45, 'DRONE', array['Shahed-136/131'], 60),
        ('RU', 0.45, 0.55, 'DRONE', array['Gerbera', 'Shahed-136/131'], 80),
        ('RU', 0.55, 0.68, 'CRUISE_MISSILE', array['Kh-101'], 12),
        ('RU', 0.68, 0.74, 'CRUISE_MISSILE', array['Kalibr'], 8),
        ('RU', 0.74, 0.82, 'BALLISTIC_MISSILE', array['Iskander-M'], 4),
        ('RU', 0.82, 0.85, 'BALLISTIC_MISSILE', array['KN-23'], 2),
        ('RU', 0.85, 0.93, 'GUIDED_BOMB', array['KAB-500', 'UMPK'], 6),
        ('RU', 0.93, 0.97, 'MIXED', array['Shahed-136/131', 'Kh-101', 'Iskander-M'], 120),
        ('RU', 0.97, 1.01, 'ARTILLERY', array['2S19 Msta-S'], 20),
        ('UA', 0.00, 0.70, 'DRONE', array['Lyutyi'], 40),
        ('UA', 0.70, 0.85, 'DRONE', array['UJ-22', 'Beaver'], 25),
        ('UA', 0.85, 0.93, 'CRUISE_MISSILE', array['Storm Shadow'], 4),
        ('UA', 0.93, 0.98, 'BALLISTIC_MISSILE', array['ATACMS'], 3),
        ('UA', 0.98, 1.01, 'UNKNOWN', array[]::text[], 5)) v(att, lo, hi, category, models, scale)
    where v.att = s.attacker and s.r4 >= v.lo and s.r4 < v.hi) w;

-- 1-3 claims per strike: the attacked side's military (exact figures), often a news agency
-- (rounded, open-ended) and sometimes the attacker's ministry
create temp table bench_claim as
select c.strike_id, c.n, c.source_id, c.reported_at,
       c.launched_value, c.launched_qualifier, c.intercepted_value, c.intercepted_qualifier,
       c.suppressed_value, c.suppressed_qualifier, c.hit_value, c.hit_qualifier,
       c.killed_value, c.killed_qualifier, c.wounded_value, c.wounded_qualifier
from (
    select r.id as strike_id, k.n,
           (select id from source where url = 'https://bench.example.org/source/' ||
               case k.n when 1 then case when r.target = 'UA' then 1 else 2 end when 2 then 3 + (r.id % 3) else case when r.target = 'UA' then 2 else 1 end end) as source_id,
           r.ended_at + interval '3 hours' * k.n as reported_at,
           case when k.n = 3 then null else x.launched + (k.n - 1) * (x.launched / 10) end as launched_value,
           case when k.n = 3 then null when k.n = 1 then 'EXACT' when r.id % 2 = 0 then 'MORE_THAN' else 'ABOUT' end as launched_qualifier,
           case when k.n = 1 then x.intercepted end as intercepted_value,
           case when k.n = 1 then 'EXACT' end as intercepted_qualifier,
           case when k.n = 1 and x.suppressed > 0 then x.suppressed end as suppressed_value,
           case when k.n = 1 and x.suppressed > 0 then 'EXACT' end as suppressed_qualifier,
           case when k.n = 3 then x.launched end as hit_value,
           case when k.n = 3 then 'AT_LEAST' end as hit_qualifier,
           case when x.killed > 0 and k.n <> 3 then x.killed end as killed_value,
           case when x.killed > 0 and k.n <> 3 then case when k.n = 1 then 'EXACT' else 'AT_LEAST' end end as killed_qualifier,
           case when x.wounded > 0 and k.n = 2 then x.wounded end as wounded_value,
           case when x.wounded > 0 and k.n = 2 then 'ABOUT' end as wounded_qualifier
    from bench_row r
    cross join lateral (select greatest(1, (r.scale * (0.3 + random() * 1.4))::int) as launched, random() as a, random() as b,
                               (random() * random() * 12)::int as killed, (random() * random() * 40)::int as wounded) y
    cross join lateral (select y.launched, (y.launched * (0.55 + y.a * 0.4))::int as intercepted,
                               (y.launched * y.b * 0.1)::int as suppressed, y.killed, y.wounded) x
    cross join lateral generate_series(1, 1 + (r.id % 3)::int) k(n)
) c;

-- reconcile as the service does: interval per claim, point moved into it, low = min lower bound,
-- high = max upper bound (null when any is open), best = lower median of the points
create temp table bench_fig as
with stated as (
    select strike_id, n, f.name, f.v, f.q
    from bench_claim c cross join lateral (values
        ('launched', c.launched_value, c.launched_qualifier), ('intercepted', c.intercepted_value, c.intercepted_qualifier),
        ('suppressed', c.suppressed_value, c.suppressed_qualifier), ('hit', c.hit_value, c.hit_qualifier),
        ('killed', c.killed_value, c.killed_qualifier), ('wounded', c.wounded_value, c.wounded_qualifier)) f(name, v, q)
    where f.v is not null
), bounds as (
    select strike_id, n, name,
           case q when 'EXACT' then v when 'AT_LEAST' then v when 'MORE_THAN' then v + 1 when 'AT_MOST' then 0 when 'ABOUT' then (9 * v) / 10 end as lo,
           case q when 'EXACT' then v when 'AT_MOST' then v when 'ABOUT' then (11 * v + 9) / 10 end as hi
    from stated
)
select strike_id, name, min(lo) as low,
       percentile_disc(0.5) within group (order by case when hi is null then greatest(v_point, lo) else least(greatest(v_point, lo), hi) end) as best,
       case when bool_or(hi is null) then null else max(hi) end as high, count(*) as claims
from (select b.*, s.v as v_point from bounds b join stated s using (strike_id, n, name)) z
group by strike_id, name;

insert into strike (id, attacker, target, started_at, ended_at, time_precision, place, region, country, latitude, longitude,
                    geo_precision, weapon_category, weapon_models, target_categories,
                    launched_low, launched_best, launched_high, launched_claims,
                    intercepted_low, intercepted_best, intercepted_high, intercepted_claims,
                    suppressed_low, suppressed_best, suppressed_high, suppressed_claims,
                    hit_low, hit_best, hit_high, hit_claims,
                    killed_low, killed_best, killed_high, killed_claims,
                    wounded_low, wounded_best, wounded_high, wounded_claims, created_at, updated_at)
select r.id, r.attacker, r.target, r.started_at, r.ended_at, r.time_precision, r.place, r.region, r.country, r.latitude, r.longitude,
       r.geo_precision, r.weapon_category, r.weapon_models, r.target_categories,
       l.low, l.best, l.high, coalesce(l.claims, 0), i.low, i.best, i.high, coalesce(i.claims, 0),
       s.low, s.best, s.high, coalesce(s.claims, 0), h.low, h.best, h.high, coalesce(h.claims, 0),
       k.low, k.best, k.high, coalesce(k.claims, 0), w.low, w.best, w.high, coalesce(w.claims, 0),
       r.ended_at + interval '4 hours', r.ended_at + interval '4 hours'
from bench_row r
left join bench_fig l on l.strike_id = r.id and l.name = 'launched'
left join bench_fig i on i.strike_id = r.id and i.name = 'intercepted'
left join bench_fig s on s.strike_id = r.id and s.name = 'suppressed'
left join bench_fig h on h.strike_id = r.id and h.name = 'hit'
left join bench_fig k on k.strike_id = r.id and k.name = 'killed'
left join bench_fig w on w.strike_id = r.id and w.name = 'wounded'
order by r.id;

insert into claim (strike_id, source_id, reported_at, launched_value, launched_qualifier, intercepted_value, intercepted_qualifier,
                   suppressed_value, suppressed_qualifier, hit_value, hit_qualifier, killed_value, killed_qualifier,
                   wounded_value, wounded_qualifier, created_at, updated_at)
select strike_id, source_id, reported_at, launched_value, launched_qualifier, intercepted_value, intercepted_qualifier,
       suppressed_value, suppressed_qualifier, hit_value, hit_qualifier, killed_value, killed_qualifier,
       wounded_value, wounded_qualifier, reported_at, reported_at
from bench_claim order by strike_id, n;

select setval(pg_get_serial_sequence('strike', 'id'), (select max(id) from strike));
