-- An index diet for the strike table: every index left serves a query the service runs, and every
-- row an import writes costs seven index insertions fewer (15 indexes before, 8 after).
--
-- Kept: the primary key (reads by id, the id sort, foreign keys); (started_at, id): the default sort,
-- every from/to window (with any other filter: a window of 30 days is about 2% of four years, read in
-- index order and filtered), statistics from the strike table and the rollup refresher; (ended_at, id),
-- (launched_best, id), (killed_best, id), (created_at, id), (updated_at, id): the first page of every
-- other sort and updatedSince; the GiST window index: coverage and compliance.
--
-- Dropped: the per-dimension (dimension, started_at) indexes and the GIN index on target categories.
-- A filter combined with a window is served by (started_at, id) (StrikeIndexDietIT checks every
-- filter with a 30-day window and every sort's first page for a sequential scan of strike at 100,000
-- strikes over four years); a list's total comes from the rollups. Dropping takes no time at any size.
drop index strike_attacker_started_idx;
drop index strike_target_started_idx;
drop index strike_region_started_idx;
drop index strike_country_started_idx;
drop index strike_weapon_started_idx;
drop index strike_place_started_idx;
drop index strike_target_categories_idx;
