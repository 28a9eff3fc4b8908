-- Two indexes measured on the read paths of the benchmark.

-- Lists and exports flag strikes with an inconsistent claim (exists ... where c.inconsistent). The
-- planner turns that into one pass over every inconsistent claim: with this index that pass reads
-- only them, not the whole claim table (19 ms per page at 200,000 claims before).
create index claim_inconsistent_idx on claim (strike_id) where inconsistent;

-- One or two dimension values over time (attacker = 'RU' and weapon_category = 'DRONE', ...), with
-- the strike count at hand: a list's total is an index-only scan of one entry per day.
drop index strike_rollup_k1_idx;
create index strike_rollup_keys_idx on strike_rollup (grain, gset, lower(k1), lower(k2), bucket) include (k1, k2, strikes);
