-- atlas:delimiter -- end
-- Statistics counters (internal/stats): every change to an application, a
-- payment order or an admission ticket appends its signed contributions to
-- stat_deltas in the same transaction (append only: no hot counter row to
-- wait for under the submit load); internal/stats folds them into stat_counts
-- every few seconds, and reads add both. The tables are not ent schemas: the
-- triggers write them. SQLite drops a table's triggers with the table, so a
-- later migration that rebuilds applications, payment_orders or
-- admission_tickets must create them again (a test checks they exist).
CREATE TABLE `stat_counts` (`session_id` text NOT NULL, `region_id` text NOT NULL, `dim` text NOT NULL, `item` text NOT NULL, `n` integer NOT NULL, PRIMARY KEY (`session_id`, `region_id`, `dim`, `item`)) WITHOUT ROWID;
-- end
CREATE TABLE `stat_deltas` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `session_id` text NOT NULL, `region_id` text NOT NULL, `dim` text NOT NULL, `item` text NOT NULL, `n` integer NOT NULL);
-- end
CREATE INDEX `stat_deltas_session_id_region_id` ON `stat_deltas` (`session_id`, `region_id`);
-- end
CREATE TRIGGER `stat_applications_insert` AFTER INSERT ON `applications` BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT s, r, d, k, sum(n) FROM (
    SELECT NEW.session_id AS s, NEW.region_id AS r, 'status' AS d, NEW.status AS k, 1 AS n
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'level', coalesce(NEW.level, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'qualification', coalesce(NEW.qualification_id, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'area', coalesce(NEW.area_id, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'education', coalesce(NEW.education, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'employment', coalesce(NEW.employment, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'local', CASE WHEN NEW.non_local THEN 'NON_LOCAL' ELSE 'LOCAL' END, 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'day', date(substr(NEW.submitted_at, 1, 19), '+8 hours'), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED') AND NEW.submitted_at IS NOT NULL
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'review', CASE WHEN NEW.decided_at <= NEW.review_deadline_at THEN 'ON_TIME' ELSE 'LATE' END, 1 WHERE NEW.decided_at IS NOT NULL AND NEW.review_deadline_at IS NOT NULL
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'deadline', coalesce(replace(substr(NEW.review_deadline_at, 1, 19), 'T', ' '), ''), 1 WHERE NEW.status = 'PENDING_REVIEW'
  ) x GROUP BY s, r, d, k HAVING sum(n) <> 0;
END;
-- end
CREATE TRIGGER `stat_applications_update` AFTER UPDATE OF status, level, qualification_id, area_id, education, employment, non_local, submitted_at, decided_at, review_deadline_at, session_id, region_id ON `applications`
WHEN OLD.status IS NOT NEW.status OR OLD.level IS NOT NEW.level OR OLD.qualification_id IS NOT NEW.qualification_id OR OLD.area_id IS NOT NEW.area_id OR OLD.education IS NOT NEW.education OR OLD.employment IS NOT NEW.employment OR OLD.non_local IS NOT NEW.non_local OR OLD.submitted_at IS NOT NEW.submitted_at OR OLD.decided_at IS NOT NEW.decided_at OR OLD.review_deadline_at IS NOT NEW.review_deadline_at OR OLD.session_id IS NOT NEW.session_id OR OLD.region_id IS NOT NEW.region_id
BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT s, r, d, k, sum(n) FROM (
    SELECT OLD.session_id AS s, OLD.region_id AS r, 'status' AS d, OLD.status AS k, -1 AS n
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'level', coalesce(OLD.level, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'qualification', coalesce(OLD.qualification_id, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'area', coalesce(OLD.area_id, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'education', coalesce(OLD.education, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'employment', coalesce(OLD.employment, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'local', CASE WHEN OLD.non_local THEN 'NON_LOCAL' ELSE 'LOCAL' END, -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'day', date(substr(OLD.submitted_at, 1, 19), '+8 hours'), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED') AND OLD.submitted_at IS NOT NULL
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'review', CASE WHEN OLD.decided_at <= OLD.review_deadline_at THEN 'ON_TIME' ELSE 'LATE' END, -1 WHERE OLD.decided_at IS NOT NULL AND OLD.review_deadline_at IS NOT NULL
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'deadline', coalesce(replace(substr(OLD.review_deadline_at, 1, 19), 'T', ' '), ''), -1 WHERE OLD.status = 'PENDING_REVIEW'
    UNION ALL
    SELECT NEW.session_id AS s, NEW.region_id AS r, 'status' AS d, NEW.status AS k, 1 AS n
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'level', coalesce(NEW.level, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'qualification', coalesce(NEW.qualification_id, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'area', coalesce(NEW.area_id, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'education', coalesce(NEW.education, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'employment', coalesce(NEW.employment, ''), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'local', CASE WHEN NEW.non_local THEN 'NON_LOCAL' ELSE 'LOCAL' END, 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'day', date(substr(NEW.submitted_at, 1, 19), '+8 hours'), 1 WHERE NEW.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED') AND NEW.submitted_at IS NOT NULL
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'review', CASE WHEN NEW.decided_at <= NEW.review_deadline_at THEN 'ON_TIME' ELSE 'LATE' END, 1 WHERE NEW.decided_at IS NOT NULL AND NEW.review_deadline_at IS NOT NULL
    UNION ALL SELECT NEW.session_id, NEW.region_id, 'deadline', coalesce(replace(substr(NEW.review_deadline_at, 1, 19), 'T', ' '), ''), 1 WHERE NEW.status = 'PENDING_REVIEW'
  ) x GROUP BY s, r, d, k HAVING sum(n) <> 0;
END;
-- end
CREATE TRIGGER `stat_applications_delete` AFTER DELETE ON `applications` BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT s, r, d, k, sum(n) FROM (
    SELECT OLD.session_id AS s, OLD.region_id AS r, 'status' AS d, OLD.status AS k, -1 AS n
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'level', coalesce(OLD.level, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'qualification', coalesce(OLD.qualification_id, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'area', coalesce(OLD.area_id, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'education', coalesce(OLD.education, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'employment', coalesce(OLD.employment, ''), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'local', CASE WHEN OLD.non_local THEN 'NON_LOCAL' ELSE 'LOCAL' END, -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED')
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'day', date(substr(OLD.submitted_at, 1, 19), '+8 hours'), -1 WHERE OLD.status NOT IN ('DRAFT', 'WITHDRAWN', 'LAPSED') AND OLD.submitted_at IS NOT NULL
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'review', CASE WHEN OLD.decided_at <= OLD.review_deadline_at THEN 'ON_TIME' ELSE 'LATE' END, -1 WHERE OLD.decided_at IS NOT NULL AND OLD.review_deadline_at IS NOT NULL
    UNION ALL SELECT OLD.session_id, OLD.region_id, 'deadline', coalesce(replace(substr(OLD.review_deadline_at, 1, 19), 'T', ' '), ''), -1 WHERE OLD.status = 'PENDING_REVIEW'
  ) x GROUP BY s, r, d, k HAVING sum(n) <> 0;
END;
-- end
CREATE TRIGGER `stat_payment_orders_insert` AFTER INSERT ON `payment_orders` WHEN NEW.status = 'PAID' BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT NEW.application_id AS app, 'revenue' AS d, 'fen' AS k, NEW.amount_fen AS n WHERE NEW.status = 'PAID'
    UNION ALL SELECT NEW.application_id, 'revenue', 'orders', 1 WHERE NEW.status = 'PAID'
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
CREATE TRIGGER `stat_payment_orders_update` AFTER UPDATE OF status, amount_fen, application_id ON `payment_orders`
WHEN (OLD.status = 'PAID' OR NEW.status = 'PAID') AND (OLD.status IS NOT NEW.status OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.application_id IS NOT NEW.application_id)
BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT OLD.application_id AS app, 'revenue' AS d, 'fen' AS k, -OLD.amount_fen AS n WHERE OLD.status = 'PAID'
    UNION ALL SELECT OLD.application_id, 'revenue', 'orders', -1 WHERE OLD.status = 'PAID'
    UNION ALL
    SELECT NEW.application_id AS app, 'revenue' AS d, 'fen' AS k, NEW.amount_fen AS n WHERE NEW.status = 'PAID'
    UNION ALL SELECT NEW.application_id, 'revenue', 'orders', 1 WHERE NEW.status = 'PAID'
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
CREATE TRIGGER `stat_payment_orders_delete` AFTER DELETE ON `payment_orders` WHEN OLD.status = 'PAID' BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT OLD.application_id AS app, 'revenue' AS d, 'fen' AS k, -OLD.amount_fen AS n WHERE OLD.status = 'PAID'
    UNION ALL SELECT OLD.application_id, 'revenue', 'orders', -1 WHERE OLD.status = 'PAID'
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
CREATE TRIGGER `stat_admission_tickets_insert` AFTER INSERT ON `admission_tickets` BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT NEW.application_id AS app, 'seats' AS d, NEW.site_id AS k, 1 AS n
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
CREATE TRIGGER `stat_admission_tickets_update` AFTER UPDATE OF site_id, application_id ON `admission_tickets`
WHEN OLD.site_id IS NOT NEW.site_id OR OLD.application_id IS NOT NEW.application_id
BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT OLD.application_id AS app, 'seats' AS d, OLD.site_id AS k, -1 AS n
    UNION ALL
    SELECT NEW.application_id AS app, 'seats' AS d, NEW.site_id AS k, 1 AS n
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
CREATE TRIGGER `stat_admission_tickets_delete` AFTER DELETE ON `admission_tickets` BEGIN
  INSERT INTO stat_deltas (session_id, region_id, dim, item, n)
  SELECT a.session_id, a.region_id, v.d, v.k, sum(v.n) FROM (
    SELECT OLD.application_id AS app, 'seats' AS d, OLD.site_id AS k, -1 AS n
  ) v JOIN applications a ON a.id = v.app GROUP BY a.session_id, a.region_id, v.d, v.k HAVING sum(v.n) <> 0;
END;
-- end
