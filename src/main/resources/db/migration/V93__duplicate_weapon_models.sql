-- Weapon models join the score (from the duplicate evaluation's tuned part: a report of Shahed drones
-- and a row of reconnaissance drones share the category DRONE, and with agreeing figures reached the
-- auto-merge band). A model's family is its first name, lower-case, without punctuation, "Kh-" read
-- as "X-" and "S-300/400" as "C-300/400" (the Air Force data set's transliteration): "Shahed-136/131"
-- and "Shahed-136" are both shahed136, "Kh-101" and "X-101/X-555" both x101. "Unknown …" names no family.
create function ledger_weapon_families(models text[]) returns text[]
language sql immutable as $$
    select coalesce(array_agg(distinct f), '{}') from (
        select regexp_replace(regexp_replace(regexp_replace(lower(split_part(split_part(trim(m), '/', 1), ' ', 1)),
                   '[^a-z0-9а-яіїєґ]', '', 'g'), '^kh', 'x'), '^s(300|400)$', 'c\1') f
        from unnest(models) m) families
    where f <> '' and f not like 'unknown%' and f not like 'невідом%'
$$;

-- ledger_find_duplicates again: the blocking is ledger_duplicate_blocks (V92), and the weapon part
-- compares models when both strikes name some: a shared family +2, none shared -5 (README: Finding
-- duplicates). Everything else as in V91.
create or replace function ledger_find_duplicates(ids bigint[]) returns integer
language plpgsql as $$
declare
    found integer;
begin
    with pairs as (
        select least(n.id, o.id) a_id, greatest(n.id, o.id) b_id, n, o,
               case when n.geo_precision = 'COUNTRY' or o.geo_precision = 'COUNTRY' then 'COUNTRY'
                    when n.geo_precision = 'REGION' or o.geo_precision = 'REGION' then 'REGION'
                    else 'TOWN' end coarser,
               ledger_distance_km(n.latitude, n.longitude, o.latitude, o.longitude) km,
               (n.geo_precision in ('EXACT', 'TOWN')) <> (o.geo_precision in ('EXACT', 'TOWN')) mixed_grain,
               ledger_weapon_families(n.weapon_models) n_families, ledger_weapon_families(o.weapon_models) o_families
        from (select distinct strike_id, other_id from ledger_duplicate_blocks(ids)) b
        join strike n on n.id = b.strike_id
        join strike o on o.id = b.other_id
    ), scored as (
        select p.a_id, p.b_id, p.n, p.o, p.coarser, p.km, p.mixed_grain,
               (p.n).started_at <= (p.o).ended_at and (p.o).started_at <= (p.n).ended_at time_overlap,
               case when p.coarser = 'COUNTRY' then true
                    when p.coarser = 'REGION' then ledger_region_key((p.n).region) = ledger_region_key((p.o).region)
                         or (p.km is not null and p.km <= 100)
                    else (p.km is not null and p.km <= 15)
                         or (p.km is null and lower((p.n).place) = lower((p.o).place)) end place_agrees,
               case when (p.n).weapon_category = (p.o).weapon_category then 'SAME'
                    when (p.n).weapon_category in ('UNKNOWN', 'MIXED') or (p.o).weapon_category in ('UNKNOWN', 'MIXED')
                         then 'COMPATIBLE' else 'CONFLICT' end weapon,
               case when cardinality(p.n_families) = 0 or cardinality(p.o_families) = 0 then null
                    when p.n_families && p.o_families then 'SAME' else 'CONFLICT' end models,
               case when (p.n).attacker = (p.o).attacker and (p.n).target = (p.o).target then 'SAME'
                    when (p.n).attacker = (p.o).attacker or (p.n).target = (p.o).target
                         or 'UNKNOWN' in ((p.n).attacker, (p.o).attacker, (p.n).target, (p.o).target) then 'PARTIAL'
                    else 'DIFFERENT' end parties,
               f.agree figures_agree, f.conflict figures_conflict
        from pairs p
        cross join lateral (
            select count(*) filter (where meets) agree, count(*) filter (where not meets) conflict
            from (select l1 <= coalesce(h2, 2147483647) and l2 <= coalesce(h1, 2147483647) meets
                  from (values
                    ((p.n).launched_low, (p.n).launched_high, (p.n).launched_claims, (p.o).launched_low, (p.o).launched_high, (p.o).launched_claims),
                    ((p.n).intercepted_low, (p.n).intercepted_high, (p.n).intercepted_claims, (p.o).intercepted_low, (p.o).intercepted_high, (p.o).intercepted_claims),
                    ((p.n).killed_low, (p.n).killed_high, (p.n).killed_claims, (p.o).killed_low, (p.o).killed_high, (p.o).killed_claims),
                    ((p.n).wounded_low, (p.n).wounded_high, (p.n).wounded_claims, (p.o).wounded_low, (p.o).wounded_high, (p.o).wounded_claims))
                    v(l1, h1, c1, l2, h2, c2)
                  where c1 > 0 and c2 > 0) compared
        ) f
    ), weighted as (
        select s.*,
               (case when s.time_overlap then 3.0 else 0.5 end)
             + (case when s.place_agrees then 2.0 else -4.0 end)
             + (case s.weapon when 'SAME' then 2.0 when 'COMPATIBLE' then 0.0 else -4.0 end)
             + (case s.models when 'SAME' then 2.0 when 'CONFLICT' then -5.0 else 0.0 end)
             + (case s.parties when 'SAME' then 2.0 when 'PARTIAL' then -1.0 else -5.0 end)
             + 1.0 * s.figures_agree - 2.0 * s.figures_conflict as w
        from scored s
        where s.place_agrees and s.weapon <> 'CONFLICT' and s.parties <> 'DIFFERENT'
    ), candidates as (
        select distinct on (w.a_id, w.b_id) w.a_id, w.b_id,
               least((w.n).started_at, (w.o).started_at) started_at,
               case when w.mixed_grain then 'PART_OF' else 'DUPLICATE' end relation,
               case when not w.mixed_grain then null
                    when (w.n).geo_precision in ('EXACT', 'TOWN') then (w.o).id else (w.n).id end whole,
               round((1 / (1 + exp(-(w.w - 4.0))))::numeric, 4) score,
               jsonb_build_object(
                   'time', jsonb_build_object('overlap', w.time_overlap,
                       'precision', case when (w.n).time_precision = 'MONTH' or (w.o).time_precision = 'MONTH' then 'MONTH'
                                         when (w.n).time_precision = 'WEEK' or (w.o).time_precision = 'WEEK' then 'WEEK'
                                         when (w.n).time_precision = 'DAY' or (w.o).time_precision = 'DAY' then 'DAY'
                                         when (w.n).time_precision = 'HOUR' or (w.o).time_precision = 'HOUR' then 'HOUR'
                                         else 'MINUTE' end,
                       'startsApartHours', round((abs(extract(epoch from (w.n).started_at - (w.o).started_at)) / 3600)::numeric, 1)),
                   'place', jsonb_build_object('precision', w.coarser, 'agrees', w.place_agrees,
                       'distanceKm', round(w.km::numeric, 1)),
                   'weapon', w.weapon,
                   'models', w.models,
                   'parties', w.parties,
                   'figures', jsonb_build_object('agree', w.figures_agree, 'conflict', w.figures_conflict),
                   'weight', w.w) parts
        from weighted w
    )
    insert into duplicate_candidate as d (strike_a, strike_b, relation, whole, score, parts, started_at)
    select c.a_id, c.b_id, c.relation, c.whole, c.score, c.parts, c.started_at from candidates c
    where not exists (select 1 from strike_external_id x join strike_external_id y
                      on y.dataset = x.dataset and y.strike_id = c.b_id where x.strike_id = c.a_id)
    on conflict (strike_a, strike_b) do update set relation = excluded.relation, whole = excluded.whole,
        score = excluded.score, parts = excluded.parts, started_at = excluded.started_at
        where d.status = 'OPEN';
    get diagnostics found = row_count;
    return found;
end $$;

-- a change of weapon models searches again too
create or replace function ledger_duplicates_after_update() returns trigger
language plpgsql as $$
begin
    perform ledger_duplicates_find_or_queue(array(select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.started_at, n.ended_at, n.country, n.region, n.place, n.latitude, n.longitude, n.geo_precision,
               n.weapon_category, n.weapon_models, n.attacker, n.target, n.launched_low, n.launched_high,
               n.intercepted_low, n.intercepted_high, n.killed_low, n.killed_high, n.wounded_low, n.wounded_high)
          is distinct from
              (o.started_at, o.ended_at, o.country, o.region, o.place, o.latitude, o.longitude, o.geo_precision,
               o.weapon_category, o.weapon_models, o.attacker, o.target, o.launched_low, o.launched_high,
               o.intercepted_low, o.intercepted_high, o.killed_low, o.killed_high, o.wounded_low, o.wounded_high)));
    return null;
end $$;
