-- GET /duplicates?dataset=… walks the list's index (status, score, id) and skips the candidates of other
-- data sets: quick for a data set most candidates share, a walk of every candidate for a rare one
-- (`dataset=ucdp-ged` with no such candidate: 1.9-5.2 s at 378,658 candidates). The list knows the
-- exact number of matches before it reads the page (the kept counts, V116); when they are few it reads
-- them through this index instead and sorts them.
create index duplicate_candidate_datasets_idx on duplicate_candidate using gin (datasets_a, datasets_b);
