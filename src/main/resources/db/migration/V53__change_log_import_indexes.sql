-- Fewer index insertions per recorded change, which an import writes one per strike: the feed position
-- index holds only sequenced changes (the feed asks for pos > n, the sequencer for max(pos)), and the
-- trigger that looks for a lazily recorded revision goes through change_log_resource_idx (a strike has
-- few changes) instead of an index of its own that every lazily recorded change entered.
drop index change_log_pos_idx;
create unique index change_log_pos_idx on change_log (pos) where pos is not null;
drop index change_log_lazy_idx;
