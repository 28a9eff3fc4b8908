-- Finding the candidates of 500 strikes took seconds, and most of it was not the search:
-- * the planner estimated the blocking at ~270 rows per strike (the branch "one of the two known only
--   to the country" is costed as a whole country's two days), so the statement crossed
--   jit_above_cost and every chunk compiled ~90 expressions with LLVM first: 6-10 s of a 6.8-12 s
--   chunk at load ~9, the search itself 0.3 s;
-- * with that estimate it joined the blocked ids back to `strike` by hashing the whole table (a
--   sequential scan per chunk, growing with the ledger), and the distinct pairs to their first strike
--   by a merge join walking the primary key from the first id;
-- * two rows of one data set were ruled out per pair by joining both strikes' external ids.
-- The same blocking, written so that each strike and its blocked strikes come out of index ranges in
-- one pass: the three branches made disjoint (a strike known only to the country blocks with every
-- strike of its country and days; else the same oblast, plus the country-only strikes of another or
-- no oblast), so that UNION ALL needs no deduplication, each branch returning the whole row, so that
-- nothing is joined back; the data sets of the two compared as two arrays, one index range each. The pairs are the same
-- as before (bench/duplicates.sh's data: 378,658 candidates before and after, the same rows and parts).
create function ledger_duplicate_block_rows(ids bigint[]) returns table (n strike, o strike)
language sql stable as $$
    select n, blocked.b
    from strike n
    cross join lateral (
        -- the same oblast, starts at most two days apart
        select b, b.id from strike b
        where n.geo_precision is distinct from 'COUNTRY' and b.country = n.country
          and ledger_region_key(b.region) = ledger_region_key(n.region)
          and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
          and b.started_at <= n.ended_at + interval '3 hours' and b.ended_at >= n.started_at - interval '3 hours'
        union all
        -- the other known only to the country (in another oblast or none: the same one is above)
        select b, b.id from strike b
        where n.geo_precision is distinct from 'COUNTRY' and b.country = n.country and b.geo_precision = 'COUNTRY'
          and (ledger_region_key(b.region) = ledger_region_key(n.region)) is not true
          and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
          and b.started_at <= n.ended_at + interval '3 hours' and b.ended_at >= n.started_at - interval '3 hours'
        union all
        -- this one known only to the country: every strike of the country
        select b, b.id from strike b
        where n.geo_precision = 'COUNTRY' and b.country = n.country
          and b.started_at between n.started_at - interval '2 days' and n.started_at + interval '2 days'
          and b.started_at <= n.ended_at + interval '3 hours' and b.ended_at >= n.started_at - interval '3 hours'
    ) blocked
    where n.id = any(ids) and n.country is not null and blocked.id <> n.id
      -- two rows of one data set are different events: the data set keeps them apart
      -- (arrays, not NOT EXISTS: as an anti join the planner hashed every external id of the ledger)
      and not (array(select x.dataset from strike_external_id x where x.strike_id = n.id)
               && array(select y.dataset from strike_external_id y where y.strike_id = blocked.id))
$$;

create or replace function ledger_duplicate_blocks(ids bigint[]) returns table (strike_id bigint, other_id bigint)
language sql stable as $$
    select (p.n).id, (p.o).id from ledger_duplicate_block_rows(ids) p
$$;

-- as V93, the pairs from ledger_duplicate_block_rows; never compiled by JIT (the plan's cost says
-- nothing about its time: a few index ranges per strike)
create or replace function ledger_find_duplicates(ids bigint[]) returns integer
language plpgsql set jit = off as $$
declare
    found integer;
begin
    with pairs as (
        select least((b.n).id, (b.o).id) a_id, greatest((b.n).id, (b.o).id) b_id, b.n, b.o,
               case when (b.n).geo_precision = 'COUNTRY' or (b.o).geo_precision = 'COUNTRY' then 'COUNTRY'
                    when (b.n).geo_precision = 'REGION' or (b.o).geo_precision = 'REGION' then 'REGION'
                    else 'TOWN' end coarser,
               ledger_distance_km((b.n).latitude, (b.n).longitude, (b.o).latitude, (b.o).longitude) km,
               ((b.n).geo_precision in ('EXACT', 'TOWN')) <> ((b.o).geo_precision in ('EXACT', 'TOWN')) mixed_grain,
               ledger_weapon_families((b.n).weapon_models) n_families, ledger_weapon_families((b.o).weapon_models) o_families
        from ledger_duplicate_block_rows(ids) b
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
    -- (two rows of one data set never reach here: the blocking leaves them out)
    insert into duplicate_candidate as d (strike_a, strike_b, relation, whole, score, parts, started_at)
    select c.a_id, c.b_id, c.relation, c.whole, c.score, c.parts, c.started_at from candidates c
    on conflict (strike_a, strike_b) do update set relation = excluded.relation, whole = excluded.whole,
        score = excluded.score, parts = excluded.parts, started_at = excluded.started_at
        where d.status = 'OPEN';
    get diagnostics found = row_count;
    return found;
end $$;
