// /standard/: turning a wide tracker (one row per parent, a column per topic)
// into the long circumstances.csv. The SQL is written from the standard's
// topics, so a topic added to standard.ts appears here without retyping.
import { TOPICS } from "../tracker/standard.ts";

const topics = (): string[] => TOPICS.map((t) => t.value);

/** One SELECT per topic, joined by UNION ALL: works in every SQL database. */
export function unionAllSql(table = "tracker", time = "referral"): string {
  return (
    topics()
      // An empty cell gives no row (the same, to the import, as a row saying unknown); a blank value would fail.
      .map(
        (t, i) =>
          `SELECT parent_id, '${time}'${i === 0 ? " AS time" : ""}, '${t}'${i === 0 ? " AS topic" : ""}, ${t}${i === 0 ? " AS value" : ""} FROM ${table} WHERE ${t} IS NOT NULL`,
      )
      .join("\nUNION ALL\n") + ";"
  );
}

/** UNPIVOT, as SQL Server writes it (Oracle's is the same without "AS u"). */
export function unpivotSql(table = "tracker", time = "referral"): string {
  return [`SELECT parent_id, '${time}' AS time, topic, value`, `FROM ${table}`, `UNPIVOT (value FOR topic IN (${topics().join(", ")})) AS u;`].join("\n");
}

/** A small made-up example of the same records, wide and long, for the page. */
export function wideExample(): { wide: string[][]; long: string[][] } {
  const wide = [
    ["parent_id", "alcohol", "drugs", "housing"],
    ["SF-P0001", "no", "yes", "council"],
    ["SF-P0002", "yes", "", "private_rent"],
  ];
  const long = [["parent_id", "time", "topic", "value"]];
  for (const row of wide.slice(1)) {
    wide[0]!.slice(1).forEach((topic, i) => {
      const value = row[i + 1] as string;
      // An empty cell gives no row, as Power Query's Unpivot and SQL's UNPIVOT both do.
      if (value !== "") long.push([row[0] as string, "referral", topic, value]);
    });
  }
  return { wide, long };
}
