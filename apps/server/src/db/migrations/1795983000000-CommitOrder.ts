import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The advisory lock that puts event-writing commits in a line (realtime/event-log.ts). */
export const COMMIT_ORDER_LOCK = 7412;

/**
 * The event log's order becomes the order its transactions committed in, numbered by the
 * database, so a reader never waits for transactions it has nothing to do with.
 *
 * Before, readers took the rows of transactions below the cluster-wide xmin: correct, but one
 * transaction left open anywhere on the server (another database included) held every live
 * update back for as long as it stayed open.
 *
 * Now a deferred trigger gives each event-writing transaction, as it commits, the next
 * `event_commit.position`. It takes an advisory lock first, which is released only after the
 * commit is visible, so position n+1 is never visible before position n: a reader that sees a
 * position has seen every earlier one. The line forms only for the last moment of each commit
 * (the trigger and the commit record), not for the transaction's work.
 *
 * Positions are plain numbers in a table, so a backup restored into another cluster keeps them
 * (transaction ids would not survive), and clients' cursors stay good.
 *
 * Also: presence arrivals and departures leave the log (they go by NOTIFY; see
 * modules/presence), and the log may be pruned (GONGBIAN_EVENT_RETENTION_DAYS): `event_horizon`
 * keeps the last position pruned, so a cursor from before it is refused rather than silently
 * skipping what was pruned.
 */
export class CommitOrder1795983000000 implements MigrationInterface {
  name = 'CommitOrder1795983000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "event_commit" (
        "position" bigint PRIMARY KEY,
        "txid" xid8 NOT NULL UNIQUE,
        "committed_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE SEQUENCE "event_commit_position" OWNED BY "event_commit"."position"`);
    await q.query(`CREATE INDEX "event_commit_committed_at" ON "event_commit" ("committed_at")`);
    // The log so far, in the order the old readers delivered it.
    await q.query(`
      INSERT INTO "event_commit" ("position", "txid")
      SELECT row_number() OVER (ORDER BY txid), txid FROM (SELECT DISTINCT txid FROM "event") t`);
    await q.query(
      `SELECT setval('event_commit_position', coalesce((SELECT max(position) FROM event_commit), 0) + 1, false)`,
    );

    // Once per transaction (the transaction-local setting), at commit (deferred). Rows carrying
    // another transaction's id (a restore copying the log) keep the positions they came with.
    await q.query(`
      CREATE FUNCTION "event_commit_order"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.txid <> pg_current_xact_id() OR current_setting('gongbian.commit_ordered', true) = 'on' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('gongbian.commit_ordered', 'on', true);
        PERFORM pg_advisory_xact_lock(${COMMIT_ORDER_LOCK});
        INSERT INTO event_commit (position, txid) VALUES (nextval('event_commit_position'), NEW.txid);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER "event_commit_order" AFTER INSERT ON "event"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "event_commit_order"()`);

    await q.query(`CREATE TABLE "event_horizon" ("pruned_through" bigint NOT NULL)`);
    await q.query(`INSERT INTO "event_horizon" VALUES (0)`);

    // The log stays append-only, but for pruning (realtime/retention.ts), which says so first.
    await q.query(`
      CREATE FUNCTION "refuse_rewrite_unless_pruning"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('gongbian.pruning', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the % table is append-only: % is refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['event', 'event_commit']) {
      await q.query(`DROP TRIGGER IF EXISTS "${table}_append_only" ON "${table}"`);
      await q.query(
        `CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite_unless_pruning"()`,
      );
    }
    await q.query(
      `CREATE TRIGGER "event_commit_no_truncate" BEFORE TRUNCATE ON "event_commit" FOR EACH STATEMENT EXECUTE FUNCTION "refuse_rewrite"()`,
    );

    // Presence is no longer logged; what was logged of it is noise.
    await q.query(`SET LOCAL gongbian.pruning = 'on'`);
    await q.query(`DELETE FROM "event" WHERE kind = 'presence.changed'`);
    await q.query(`SET LOCAL gongbian.pruning = 'off'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "event_commit_order" ON "event"`);
    await q.query(`DROP FUNCTION "event_commit_order"()`);
    await q.query(`DROP TRIGGER "event_append_only" ON "event"`);
    await q.query(
      `CREATE TRIGGER "event_append_only" BEFORE UPDATE OR DELETE ON "event" FOR EACH ROW EXECUTE FUNCTION "refuse_rewrite"()`,
    );
    await q.query(`DROP TABLE "event_commit"`);
    await q.query(`DROP FUNCTION "refuse_rewrite_unless_pruning"()`);
    await q.query(`DROP TABLE "event_horizon"`);
  }
}
