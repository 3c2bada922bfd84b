// The baseline for the tracker's scale bench: node:sqlite loads the same three
// files (parsed by the same streaming reader, inserted in one transaction) and
// runs the group-bys the bundle needs. Timing only; it checks nothing.
import { DatabaseSync } from "node:sqlite";
import { join } from "node:path";
import { readCsvFile } from "../../src/lib/tracker/node.ts";
import { COLUMNS, FILES } from "../../src/lib/tracker/standard.ts";

const GROUP_BYS = [
  `SELECT sex, CASE WHEN age_at_referral = '' THEN 'unknown' WHEN CAST(age_at_referral AS INTEGER) <= 19 THEN '19-or-under'
     WHEN CAST(age_at_referral AS INTEGER) >= 40 THEN '40-or-over' ELSE (CAST(age_at_referral AS INTEGER) - 20) / 5 END AS band,
     count(*) FROM parents GROUP BY sex, band`,
  "SELECT sex, referral_source, count(*) FROM parents GROUP BY sex, referral_source",
  "SELECT imd_decile, count(*) FROM parents GROUP BY imd_decile",
  `SELECT c.topic, r.value AS before, t.value AS after, count(*)
     FROM parents p CROSS JOIN (SELECT DISTINCT topic FROM circumstances) c
     LEFT JOIN circumstances r ON r.parent_id = p.parent_id AND r.topic = c.topic AND r.time = 'referral'
     LEFT JOIN circumstances t ON t.parent_id = p.parent_id AND t.topic = c.topic AND t.time = 'three_years'
     GROUP BY c.topic, before, after`,
  "SELECT expected_at_referral, status_3_months, status_at_closure, count(*) FROM children GROUP BY 1, 2, 3",
  "SELECT eyfs_gld, count(*) FROM children GROUP BY eyfs_gld",
];

export async function sqliteBaseline(dir: string): Promise<{ loadMs: number; queryMs: number }> {
  const started = performance.now();
  const db = new DatabaseSync(":memory:");
  for (const file of FILES) {
    const table = file.replace(/\.csv$/, "");
    const cols = COLUMNS[file].map((c) => c.name);
    db.exec(`CREATE TABLE ${table} (${cols.map((c) => `${c} TEXT`).join(", ")})`);
    const insert = db.prepare(`INSERT INTO ${table} VALUES (${cols.map(() => "?").join(", ")})`);
    db.exec("BEGIN");
    let header = true;
    await readCsvFile(join(dir, file), (cells) => {
      if (header) header = false;
      else insert.run(...cells);
    });
    db.exec("COMMIT");
  }
  // The join needs an index, as any analyst loading these files into SQLite would add.
  db.exec("CREATE INDEX circ_key ON circumstances (parent_id, topic, time)");
  const loaded = performance.now();
  for (const sql of GROUP_BYS) db.prepare(sql).all();
  const done = performance.now();
  db.close();
  return { loadMs: loaded - started, queryMs: done - loaded };
}
