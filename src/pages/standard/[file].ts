// /standard/<file>: the tracker standard's Table Schemas (parents.schema.json, ...)
// and blank templates (parents.csv, ...), read from the committed copies in
// src/lib/tracker/schemas/ so nothing is copied by hand.
import type { APIRoute, GetStaticPaths } from "astro";
import { standardDownloads, type StandardDownload } from "../../lib/pages/standard-files.ts";

const raw = import.meta.glob<string>("../../lib/tracker/schemas/*", { query: "?raw", import: "default", eager: true });
const committed = Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf("/") + 1), text]));

export const getStaticPaths = (() => standardDownloads(committed).map((d) => ({ params: { file: d.name }, props: d }))) satisfies GetStaticPaths;

export const GET: APIRoute<StandardDownload> = ({ props }) => new Response(props.body, { headers: { "Content-Type": props.type } });
