-- ITA roll-up in DuckDB SQL, DOUBLE arithmetic, one grouped pass per tool.
--
-- Inputs (DuckDB variables, set before running; DuckDbRollup.java sets them):
--   batch   : directory holding iit.csv, eit.csv, oit.csv, agencies.csv
--   edition : the edition JSON (e.g. ita-core/src/main/resources/io/github/ita/edition/ita-2568.json)
-- By hand, in the duckdb CLI:
--   SET VARIABLE batch = '/tmp/nat';
--   SET VARIABLE edition = '.../ita-2568.json';
--   .read rollup.sql
--
-- The last statement is a SELECT with one row per agency: agency, name, iit, eit, oit, total
-- (DOUBLE) and total_2dp = round(total, 2). DuckDbRollup.java wraps it in COPY ... TO.
-- Statements are separated by ";" at the end of a line (the runner splits there).

-- 1. Points and structure, generated from the edition (tiny tables, a few ms). ------------------

CREATE OR REPLACE TEMP TABLE edition AS
SELECT content::JSON AS j FROM read_text(getvariable('edition'));

-- Every option of every scale, in order: (scale, ord, n, code, points).
CREATE OR REPLACE TEMP TABLE scale_option AS
WITH s AS (
  SELECT scale, json_extract(json_extract(j -> 'scales', '$."' || scale || '"'), '$.options[*]') AS opts
  FROM (SELECT unnest(json_keys(j -> 'scales')) AS scale, j FROM edition)
), o AS (
  SELECT scale, opts, unnest(generate_series(1, len(opts))) AS ord FROM s
)
SELECT scale, ord, len(opts) AS n, opts[ord] ->> 'code' AS code,
       (opts[ord] ->> 'points')::DOUBLE AS points
FROM o;

-- One row per scored leaf ("slot"): a survey question answered as a whole, a survey sub-item,
-- or a checklist item. An indicator with questions directly under it gets sub = its own id,
-- so "mean of its questions" and "mean of its sub-indicators" are the same two-level roll-up.
CREATE OR REPLACE TEMP TABLE slot AS
WITH t AS (
  SELECT unnest(json_extract(j, '$.tools[*]')) AS tj FROM edition
), i AS (
  SELECT tj ->> 'id' AS tool, tj ->> 'kind' AS kind, (tj ->> 'weight')::DOUBLE AS weight,
         unnest(json_extract(tj, '$.indicators[*]')) AS ij
  FROM t
), direct AS (   -- questions directly under an indicator
  SELECT tool, kind, weight, ij ->> 'id' AS indicator, ij ->> 'id' AS sub,
         unnest(json_extract(ij, '$.questions[*]')) AS qj
  FROM i
), nested AS (   -- questions under a sub-indicator
  SELECT tool, kind, weight, indicator, sj ->> 'id' AS sub,
         unnest(json_extract(sj, '$.questions[*]')) AS qj
  FROM (SELECT tool, kind, weight, ij ->> 'id' AS indicator,
               unnest(json_extract(ij, '$.subIndicators[*]')) AS sj FROM i)
), q AS (
  SELECT tool, kind, weight, indicator, sub, qj ->> 'id' AS question, qj ->> 'scale' AS scale,
         coalesce(qj ->> 'polarity', 'positive') AS polarity,
         coalesce((qj ->> 'scored')::BOOLEAN, true) AS scored,
         json_extract_string(qj, '$.items[*].id') AS items
  FROM (SELECT * FROM direct UNION ALL SELECT * FROM nested)
)
SELECT tool, kind, weight, indicator, sub, question, scale, polarity,
       unnest(CASE WHEN len(items) > 0 THEN items ELSE [question] END) AS slot
FROM q
WHERE scored;          -- informational questions (scored: false) carry no score

-- Points per survey slot and option code; a negative question mirrors its scale
-- (the first option earns the points of the last).
CREATE OR REPLACE TEMP TABLE points AS
SELECT s.tool, s.slot, o.code,
       CASE WHEN s.polarity = 'negative' THEN m.points ELSE o.points END AS points
FROM slot s
JOIN scale_option o ON o.scale = s.scale
JOIN scale_option m ON m.scale = s.scale AND m.ord = o.n + 1 - o.ord
WHERE s.kind = 'survey';

-- 2. The roll-up. -------------------------------------------------------------------------------

WITH
-- One grouped pass per survey tool: unpivot the answer columns, map codes to points, mean per
-- agency x slot over respondents. Empty cells are NULL and UNPIVOT drops them; codes not in the
-- edition (and informational columns) fall out of the inner join.
iit AS (
  SELECT a.agency, a.slot, avg(p.points) AS score
  FROM (UNPIVOT (FROM read_csv(getvariable('batch') || '/iit.csv', all_varchar = true))
        ON COLUMNS(* EXCLUDE (agency, respondent)) INTO NAME slot VALUE code) a
  JOIN points p ON p.tool = 'IIT' AND p.slot = a.slot AND p.code = a.code
  GROUP BY a.agency, a.slot
),
eit AS (
  SELECT a.agency, a.slot, avg(p.points) AS score
  FROM (UNPIVOT (FROM read_csv(getvariable('batch') || '/eit.csv', all_varchar = true))
        ON COLUMNS(* EXCLUDE (agency, respondent)) INTO NAME slot VALUE code) a
  JOIN points p ON p.tool = 'EIT' AND p.slot = a.slot AND p.code = a.code
  GROUP BY a.agency, a.slot
),
-- OIT: an item is 100 when published, else 0 (yes/true/มี/ใช่/1 count as published, as the library reads them).
oit AS (
  SELECT agency, item AS slot,
         max(CASE WHEN lower(trim(published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) AS score
  FROM read_csv(getvariable('batch') || '/oit.csv', all_varchar = true)
  GROUP BY agency, item
),
leaf AS (
  SELECT * FROM iit UNION ALL SELECT * FROM eit UNION ALL SELECT * FROM oit
),
-- Unweighted means, level by level: question = mean of its sub-items, sub-indicator = mean of
-- its questions, indicator = mean of its sub-indicators, tool = mean of its indicators.
question AS (
  SELECT l.agency, s.tool, s.weight, s.indicator, s.sub, s.question, avg(l.score) AS score
  FROM leaf l JOIN slot s ON s.slot = l.slot
  GROUP BY ALL
),
sub AS (
  SELECT agency, tool, weight, indicator, sub, avg(score) AS score FROM question GROUP BY ALL
),
indicator AS (
  SELECT agency, tool, weight, indicator, avg(score) AS score FROM sub GROUP BY ALL
),
tool AS (
  SELECT agency, tool, weight, avg(score) AS score FROM indicator GROUP BY ALL
),
-- Total = sum of weight/100 x tool score; only when every tool has a score.
total AS (
  SELECT agency,
         any_value(score) FILTER (WHERE tool = 'IIT') AS iit,
         any_value(score) FILTER (WHERE tool = 'EIT') AS eit,
         any_value(score) FILTER (WHERE tool = 'OIT') AS oit,
         CASE WHEN count(*) = (SELECT count(DISTINCT tool) FROM slot)
              THEN sum(weight / 100 * score ORDER BY tool) END AS total
  FROM tool
  GROUP BY agency
)
SELECT t.agency, g.name, t.iit, t.eit, t.oit, t.total, round(t.total, 2) AS total_2dp
FROM total t
LEFT JOIN read_csv(getvariable('batch') || '/agencies.csv', all_varchar = true) g ON g.id = t.agency
ORDER BY t.agency;
