-- What PostGraphile needs beyond Minsheng's own tables (applied by bench/run.sh before it starts).
-- No index is added: both systems read the same tables through the same indexes.

-- W2: a department's open queue, most urgent first, over Minsheng's partial queue index. A
-- one-statement STABLE SQL function is inlined by the planner, so PostGraphile's LIMIT reaches it.
CREATE OR REPLACE FUNCTION bench_department_queue(dept uuid) RETURNS SETOF tickets
LANGUAGE sql STABLE AS $$
  SELECT * FROM tickets
  WHERE department_id = dept
    AND state IN ('dispatched', 'accepted', 'awaiting_resident', 'replied')
  ORDER BY reply_due, id
$$;

-- W3: the SPEC §9 rates by department for a month, computed the way an automatic API over the
-- tables has to: one GROUP BY over the month's tickets (in calendar hours; working time would need
-- the business calendar in SQL).
DO $$ BEGIN
  CREATE TYPE bench_department_rate AS (
    department_id uuid,
    name_zh text,
    dispatched bigint,
    on_time_accept double precision,
    response double precision,
    on_time_reply double precision,
    resolution double precision,
    satisfaction double precision,
    redo double precision,
    return_rate double precision,
    improper_return double precision,
    median_reply_hours double precision
  );
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE OR REPLACE FUNCTION bench_department_rates(from_day date, to_day date)
RETURNS SETOF bench_department_rate LANGUAGE sql STABLE AS $$
  WITH t AS (
    SELECT * FROM tickets
    WHERE department_id IS NOT NULL
      AND dispatched_at >= (from_day::timestamp AT TIME ZONE 'Asia/Shanghai')
      AND dispatched_at < (to_day::timestamp AT TIME ZONE 'Asia/Shanghai')
  ), rated AS (
    SELECT DISTINCT ON (r.ticket_id) r.ticket_id, r.solved, r.satisfaction
    FROM ratings r JOIN t ON t.id = r.ticket_id
    ORDER BY r.ticket_id, r.created_at DESC
  )
  SELECT d.id, d.name_zh, count(*),
    avg((t.accepted_at IS NOT NULL AND t.accepted_at <= t.accept_due)::int),
    avg((t.first_response_at IS NOT NULL AND t.first_response_at <= t.accept_due)::int),
    avg((t.replied_at IS NOT NULL AND t.replied_at <= t.reply_due)::int)
      FILTER (WHERE t.reply_due IS NOT NULL),
    avg(rated.solved::int),
    avg((rated.satisfaction IN ('very_satisfied', 'satisfied', 'basically_satisfied'))::int),
    avg((t.redo_count > 0)::int) FILTER (WHERE t.replied_at IS NOT NULL),
    avg((t.return_count > 0)::int),
    0::double precision,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.replied_at - t.dispatched_at) / 3600)
  FROM t
  JOIN departments d ON d.id = t.department_id
  LEFT JOIN rated ON rated.ticket_id = t.id
  GROUP BY d.id, d.name_zh
  ORDER BY d.id
$$;
