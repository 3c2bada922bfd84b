// Prints "passed failed skipped" from a vitest JSON report, for .ci/run's summary line.
import { readFileSync } from "node:fs";

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: unknown[] }[];
}

const file = process.argv[2];
if (!file) throw new Error("usage: json-counts.ts REPORT");
const report = JSON.parse(readFileSync(file, "utf8")) as Report;
// A test file that failed before running any test (a syntax or import error) counts as one failure.
const brokenFiles = report.testResults.filter((r) => r.status === "failed" && r.assertionResults.length === 0).length;
console.log(`${report.numPassedTests} ${report.numFailedTests + brokenFiles} ${report.numPendingTests + report.numTodoTests}`);
