// The /publish/ page's Web Worker: it receives the chosen files, runs the
// import (browser.ts) with HiGHS as WebAssembly, and posts back each step and
// the result. It makes one request of its own, for highs.wasm from this site,
// before any file is read; the page's policy allows no other.
import wasmUrl from "highs/runtime?url";
import { locateHighs, loadHighs } from "../disclosure/lp.ts";
import { siteVocabulary } from "../site-vocabulary.ts";
import { publishFiles } from "./browser.ts";

export interface PublishRequest {
  files: File[];
  slug: string;
  today: string;
}

locateHighs(() => wasmUrl);
// Loaded as soon as the worker starts (when the page is first used), so the solver is ready before files are chosen.
const ready = loadHighs().then(
  () => postMessage({ type: "ready", ok: true }),
  () => postMessage({ type: "ready", ok: false }),
);

self.onmessage = async (event: MessageEvent<PublishRequest>) => {
  const { files, slug, today } = event.data;
  try {
    await ready;
    const result = await publishFiles(files, { slug, today, vocabulary: siteVocabulary, onStep: (step) => postMessage({ type: "step", step }) });
    delete result.files;
    postMessage({ type: "done", result }, { transfer: result.zip ? [result.zip.buffer] : [] });
  } catch (e) {
    // Never the message itself: it could quote the data. The page says the import stopped.
    postMessage({ type: "error", name: e instanceof Error ? e.name : "Error" });
  }
};
