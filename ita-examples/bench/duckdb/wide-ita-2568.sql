-- The ITA roll-up of edition ita-2568, one wide aggregate per tool, DOUBLE arithmetic.
-- Generated from the edition by DuckDbRollup.java (`sql --edition ita-2568`); needs the variable batch (SET VARIABLE batch = '/path/to/batch').
WITH
-- IIT: one pass over iit.csv, the mean points of every scored column per agency (empty cells and unknown codes are NULL, skipped by avg).
iit_mean AS (
  SELECT agency,
         avg(CASE "i1" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i1",
         avg(CASE "i2" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i2",
         avg(CASE "i3" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i3",
         avg(CASE "i4" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i4",
         avg(CASE "i5" WHEN '1' THEN 100 WHEN '2' THEN 85 WHEN '3' THEN 50 WHEN '4' THEN 0 END) AS "i5",
         avg(CASE "i6" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i6",
         avg(CASE "i7" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i7",
         avg(CASE "i8" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i8",
         avg(CASE "i9" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i9",
         avg(CASE "i10" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i10",
         avg(CASE "i11" WHEN '1' THEN 100 WHEN '2' THEN 85 WHEN '3' THEN 50 WHEN '4' THEN 0 END) AS "i11",
         avg(CASE "i12" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i12",
         avg(CASE "i13" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i13",
         avg(CASE "i14" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i14",
         avg(CASE "i15" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i15",
         avg(CASE "i16" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i16",
         avg(CASE "i17" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i17",
         avg(CASE "i18" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i18",
         avg(CASE "i19" WHEN '1' THEN 100 WHEN '2' THEN 85 WHEN '3' THEN 50 WHEN '4' THEN 0 END) AS "i19",
         avg(CASE "i20" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i20",
         avg(CASE "i21" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i21",
         avg(CASE "i22" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i22",
         avg(CASE "i23" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i23",
         avg(CASE "i24" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i24",
         avg(CASE "i25" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i25",
         avg(CASE "i26" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i26",
         avg(CASE "i27a" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "i27a",
         avg(CASE "i27b" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "i27b",
         avg(CASE "i27c" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "i27c",
         avg(CASE "i28" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i28",
         avg(CASE "i29" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i29",
         avg(CASE "i30" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "i30"
  FROM read_csv(getvariable('batch') || '/iit.csv', all_varchar = true)
  GROUP BY agency
),
-- IIT: question -> indicator -> tool, unweighted means.
iit_score AS (
  SELECT agency,
         (  ("i1" + "i2" + "i3" + "i4" + "i5" + "i6") / 6   -- 1
          + ("i7" + "i8" + "i9" + "i10" + "i11" + "i12") / 6   -- 2
          + ("i13" + "i14" + "i15" + "i16" + "i17" + "i18") / 6   -- 3
          + ("i19" + "i20" + "i21" + "i22" + "i23" + "i24") / 6   -- 4
          + ("i25" + "i26" + ("i27a" + "i27b" + "i27c") / 3 + "i28" + "i29" + "i30") / 6   -- 5
         ) / 5 AS iit
  FROM iit_mean
),
-- EIT: one pass over eit.csv, the mean points of every scored column per agency (empty cells and unknown codes are NULL, skipped by avg).
eit_mean AS (
  SELECT agency,
         avg(CASE "e1" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e1",
         avg(CASE "e2" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e2",
         avg(CASE "e3" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e3",
         avg(CASE "e4" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e4",
         avg(CASE "e5a" WHEN 'yes' THEN 0 WHEN 'no' THEN 100 END) AS "e5a",
         avg(CASE "e5b" WHEN 'yes' THEN 0 WHEN 'no' THEN 100 END) AS "e5b",
         avg(CASE "e5c" WHEN 'yes' THEN 0 WHEN 'no' THEN 100 END) AS "e5c",
         avg(CASE "e6" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e6",
         avg(CASE "e7" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e7",
         avg(CASE "e8" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "e8",
         avg(CASE "e9" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "e9",
         avg(CASE "e10" WHEN 'yes' THEN 100 WHEN 'no' THEN 0 END) AS "e10",
         avg(CASE "e11" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e11",
         avg(CASE "e12" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e12",
         avg(CASE "e13" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e13",
         avg(CASE "e14" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e14",
         avg(CASE "e15" WHEN '1' THEN 0 WHEN '2' THEN 50 WHEN '3' THEN 85 WHEN '4' THEN 100 END) AS "e15"
  FROM read_csv(getvariable('batch') || '/eit.csv', all_varchar = true)
  GROUP BY agency
),
-- EIT: question -> indicator -> tool, unweighted means.
eit_score AS (
  SELECT agency,
         (  ("e1" + "e2" + "e3" + "e4" + ("e5a" + "e5b" + "e5c") / 3) / 5   -- 6
          + ("e6" + "e7" + "e8" + "e9" + "e10") / 5   -- 7
          + ("e11" + "e12" + "e13" + "e14" + "e15") / 5   -- 8
         ) / 3 AS eit
  FROM eit_mean
),
-- OIT: its items and the sub-indicator (or indicator) each belongs to.
oit_item(item, part) AS (VALUES
  ('o1', '9.1'), ('o2', '9.1'), ('o3', '9.1'), ('o4', '9.1'), ('o5', '9.1'), ('o6', '9.1'), ('o7', '9.1'), ('o8', '9.1'),
  ('o9', '9.1'), ('o10', '9.1'), ('o11', '9.2'), ('o12', '9.2'), ('o13', '9.2'), ('o14', '9.2'), ('o15', '9.2'), ('o16', '9.2'),
  ('o17', '9.2'), ('o18', '9.2'), ('o19', '9.3'), ('o20', '9.3'), ('o21', '9.3'), ('o22', '9.3'), ('o23', '9.4'), ('o24', '9.4'),
  ('o25', '9.4'), ('o26', '9.4'), ('o27', '9.5'), ('o28', '9.5'), ('o29', '9.5'), ('o30', '9.5'), ('o31', '10.1'), ('o32', '10.1'),
  ('o33', '10.1'), ('o34', '10.1'), ('o35', '10.1'), ('o36', '10.1'), ('o37', '10.1'), ('o38', '10.1'), ('o39', '10.2'), ('o40', '10.2'),
  ('o41', '10.2'), ('o42', '10.2'), ('o43', '10.2')),
-- One pass over oit.csv: the mean of each sub-indicator's items per agency (100 published, 0 not).
oit_mean AS (
  SELECT o.agency,
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '9.1') AS "9.1",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '9.2') AS "9.2",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '9.3') AS "9.3",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '9.4') AS "9.4",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '9.5') AS "9.5",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '10.1') AS "10.1",
         avg(CASE WHEN lower(trim(o.published)) IN ('yes', 'true', 'มี', 'ใช่', 'มี / ใช่', '1') THEN 100.0 ELSE 0.0 END) FILTER (WHERE i.part = '10.2') AS "10.2"
  FROM read_csv(getvariable('batch') || '/oit.csv', all_varchar = true) o
  JOIN oit_item i ON i.item = o.item
  GROUP BY o.agency
),
-- OIT: sub-indicator -> indicator -> tool, unweighted means.
oit_score AS (
  SELECT agency,
         (  ("9.1" + "9.2" + "9.3" + "9.4" + "9.5") / 5   -- 9
          + ("10.1" + "10.2") / 2   -- 10
         ) / 2 AS oit
  FROM oit_mean
),
-- The total: the tools weighed (NULL unless every tool has a score).
total AS (
  SELECT agency, iit, eit, oit, 0.3 * iit + 0.3 * eit + 0.4 * oit AS total
  FROM iit_score FULL JOIN eit_score USING (agency) FULL JOIN oit_score USING (agency)
)
SELECT t.agency, g.name, t.iit, t.eit, t.oit, t.total, round(t.total, 2) AS total_2dp
FROM total t
LEFT JOIN read_csv(getvariable('batch') || '/agencies.csv', all_varchar = true) g ON g.id = t.agency
ORDER BY t.agency;
