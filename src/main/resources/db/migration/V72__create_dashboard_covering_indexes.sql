-- Two indexes the dashboard's default view (the last 90 days, about 54,000 of 1M strikes) reads
-- without touching the tables' rows (EXPLAIN ANALYZE at 1M strikes, load average ~18):
--
-- 1. A list's total read from the rollups (StrikeRollups.count: one bucket's rows of one grain and
--    grouping set) was planned on strike_rollup_bucket_idx, which holds every grain and grouping set
--    of those buckets: 2,160 hourly rows of 90 days meant 36,000 rows fetched and 33,600 filtered
--    away (12,861 buffers, 62 ms). Ordered by (grain, gset, bucket) and carrying the keys and the
--    count, the same sum is an index-only scan of the 2,160 entries it needs.
create index strike_rollup_count_idx on strike_rollup (grain, gset, bucket) include (k1, k2, strikes);

-- 2. The window index (started_at, id) carries what the attack sizes and the map points read of each
--    strike (launched_best; geo_precision, latitude, longitude): both become index-only scans of
--    the window (sizes 150 -> 36-50 ms, map clusters 163 -> 72 ms at load ~18). It replaces the old
--    index of the same key, so a written strike still costs the same number of index insertions; its
--    ordered scans (the default sort, every from/to window) are unchanged. About 62 MB at 1M strikes
--    instead of 42 MB; built in a few seconds at 1M (the table is locked against writes meanwhile).
create index strike_started_covering_idx on strike (started_at, id)
    include (launched_best, geo_precision, latitude, longitude);
drop index if exists strike_started_idx;
