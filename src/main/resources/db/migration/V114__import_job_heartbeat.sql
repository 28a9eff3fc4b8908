-- Which import jobs are still alive: the instance running or queuing a job refreshes heartbeat_at
-- (every batch, and every ledger.imports.heartbeat while it holds the job); a QUEUED or RUNNING job
-- whose heartbeat is older than ledger.imports.stale-after was left by a stopped instance. Before, a
-- starting instance failed every unfinished job, also those another live instance was running.
-- Jobs already stored have no heartbeat: they count as stale, as before. No rewrite of the table.
alter table import_job add column heartbeat_at timestamptz;
