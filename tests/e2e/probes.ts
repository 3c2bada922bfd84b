// Functions run inside the page (page.evaluate serialises them, so each one is
// self-contained). They measure; the tests decide.

declare global {
  interface Window {
    __cspViolations?: { directive: string; blocked: string; source: string; line: number; sample: string }[];
  }
}

/** Init script: records every CSP violation from the first byte of the document. */
export function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations!.push({
      directive: e.violatedDirective,
      blocked: e.blockedURI,
      source: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    });
  });
}

/** Headings in document order, with their level and text. */
export function headings(): { level: number; text: string }[] {
  return Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => ({
    level: Number(h.tagName[1]),
    text: (h.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80),
  }));
}

/** The CSP <meta>, and whether anything it governs (script, stylesheet, style) comes before it. */
export function cspMeta(): { content: string | null; lateFor: string[] } {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const lateFor: string[] = [];
  if (meta) {
    for (const el of Array.from(document.querySelectorAll("script, link[rel~=stylesheet], style"))) {
      if (el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING) lateFor.push(el.outerHTML.slice(0, 80));
    }
  }
  return { content: meta?.getAttribute("content") ?? null, lateFor };
}

/** Elements that stick out past the viewport's right edge (the cause of sideways scroll). */
export function overflow(): { scrollWidth: number; culprits: string[] } {
  const width = document.documentElement.clientWidth;
  const culprits: string[] = [];
  const reported: Element[] = [];
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    const r = el.getBoundingClientRect();
    // Report the outermost offender only, not all its descendants.
    if (r.width === 0 || r.right <= width + 0.5 || reported.some((o) => o.contains(el))) continue;
    // Wide content inside its own scrolling box (tables) does not scroll the page.
    let clipped = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") clipped = true;
    }
    if (clipped) continue;
    reported.push(el);
    const classes = el.classList.length ? "." + Array.from(el.classList).join(".") : "";
    culprits.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${classes} (right edge ${Math.round(r.right)}px)`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) };
}

/** Effective size in CSS px of every visible piece of chart text: font-size times the SVG's scale. */
export function chartText(): { charts: number; texts: number; small: { text: string; px: number; chart: string }[] } {
  const small: { text: string; px: number; chart: string }[] = [];
  let charts = 0;
  let texts = 0;
  for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>("figure.chart-figure svg"))) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue; // the other layout, hidden by CSS
    charts++;
    for (const el of Array.from(svg.querySelectorAll<SVGGraphicsElement>("text, tspan"))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join("")
        .trim();
      if (!own || el.getBoundingClientRect().width === 0) continue;
      const ctm = el.getScreenCTM();
      if (!ctm) continue;
      texts++;
      const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.c, ctm.d);
      if (px < 11) small.push({ text: own.slice(0, 40), px: Math.round(px * 10) / 10, chart: svg.id || svg.closest("figure")!.id });
    }
  }
  return { charts, texts, small };
}

declare global {
  interface Window {
    __focusables?: { el: Element; outline: string; shadow: string }[];
  }
}

/** Every element keyboard users should reach, in DOM order, with its unfocused outline and shadow. */
export function markFocusables(): string[] {
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"], [tabindex]';
  const list = Array.from(document.querySelectorAll(selector))
    .filter((el) => {
      if ((el as HTMLElement).tabIndex < 0 || el.matches(":disabled") || el.closest("[inert]")) return false;
      if (el.tagName === "SUMMARY" && el.parentElement?.querySelector("summary") !== el) return false;
      return el.checkVisibility({ visibilityProperty: true });
    })
    .filter((el, _, all) => {
      // Tab stops once in a radio group, on the checked radio (else the first); arrows move within it.
      if (!(el instanceof HTMLInputElement) || el.type !== "radio" || !el.name) return true;
      const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === "radio" && o.name === el.name && o.form === el.form);
      return el === (group.find((r) => r.checked) ?? group[0]);
    });
  (document.activeElement as HTMLElement | null)?.blur();
  window.__focusables = list.map((el) => {
    const cs = getComputedStyle(el);
    return { el, outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, shadow: cs.boxShadow };
  });
  return list.map((el) => describe(el));

  function describe(el: Element): string {
    const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : null;
    const text = (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    const href = el.getAttribute("href");
    const id = el.id ? `#${el.id}` : "";
    return `<${el.tagName.toLowerCase()}${id}>${text ? ` "${text}"` : ""}${href ? ` ${href}` : ""}`;
  }
}

/** Where focus is now: its index among the marked elements, whether the focus is
 *  visible on screen, and which ancestor (if any) cuts its ring off: a block with
 *  paint containment or content-visibility clips at its edge plus its
 *  overflow-clip-margin, a scrolling box at its padding edge. */
export function focusState(): { index: number; description: string; visible: boolean; onScreen: boolean; clippedBy: string | null } {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement)
    return { index: -2, description: "(page)", visible: false, onScreen: false, clippedBy: null };
  const marks = window.__focusables ?? [];
  const index = marks.findIndex((m) => m.el === el);
  const before = marks[index] ?? { outline: "none 0px", shadow: "none" };
  const cs = getComputedStyle(el);
  const outline = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
  const hasOutline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0 && outline !== before.outline;
  const hasShadow = cs.boxShadow !== "none" && cs.boxShadow !== before.shadow;
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
  const label = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : null;
  const text = (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
  const href = el.getAttribute("href");
  const id = el.id ? `#${el.id}` : "";
  return {
    index,
    description: `<${el.tagName.toLowerCase()}${id}>${text ? ` "${text}"` : ""}${href ? ` ${href}` : ""}`,
    visible: hasOutline || hasShadow,
    onScreen,
    clippedBy: clipper(),
  };

  function clipper(): string | null {
    const px = (v: string) => parseFloat(v) || 0;
    // The ring's reach past the element's box: outline width plus offset, or the shadow's offsets, blur and spread.
    // Each shadow in the list (commas inside rgb() are not separators): x, y, blur, spread.
    const shadows = hasShadow ? cs.boxShadow.split(/,(?![^(]*\))/).map((one) => (one.match(/-?[\d.]+px/g) ?? []).map(px)) : [];
    const shadowReach = Math.max(0, ...shadows.filter((d) => d.length >= 3).map((d) => Math.max(Math.abs(d[0]!), Math.abs(d[1]!)) + d[2]! + (d[3] ?? 0)));
    const reach = Math.max(hasOutline ? px(cs.outlineWidth) + px(cs.outlineOffset) : 0, shadowReach);
    for (let a = el!.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      const scrolls = s.overflowX !== "visible" && s.overflowX !== "clip";
      const contains = s.contentVisibility === "auto" || /paint|strict|content/.test(s.contain) || s.overflowX === "clip";
      if (!scrolls && !contains) continue;
      const margin = scrolls ? 0 : px(s.overflowClipMargin.replace(/[a-z-]+-box/, ""));
      // Both clip at the padding box: inside the borders.
      const outer = a.getBoundingClientRect();
      const box = {
        left: outer.left + px(s.borderLeftWidth),
        top: outer.top + px(s.borderTopWidth),
        right: outer.right - px(s.borderRightWidth),
        bottom: outer.bottom - px(s.borderBottomWidth),
      };
      const cut = [
        r.left - reach < box.left - margin,
        r.top - reach < box.top - margin,
        r.right + reach > box.right + margin,
        r.bottom + reach > box.bottom + margin,
      ];
      if (cut.some(Boolean)) return `${a.tagName.toLowerCase()}${a.id ? "#" + a.id : ""}${a.classList.length ? "." + Array.from(a.classList).join(".") : ""}`;
    }
    return null;
  }
}

/** Blocks the page defers (content-visibility: auto) and what deferring moves.
 *  The page is laid out once as it would be without deferring: the site's
 *  `@supports (content-visibility: auto)` block (the deferral and its margin
 *  rules) is taken out of the style sheet, and any other deferred block is drawn
 *  without containment. It is laid out again with that block back and every
 *  deferred block drawn, with the containment a drawn block has. Each element whose
 *  position changes by more than `tolerance` px, relative to the element before
 *  it, is listed. Leaves every block drawn, with its containment, so later probes
 *  (axe, sideways scroll, chart text) see all the content as a reader who scrolls does. */
export function deferral(tolerance: number): { deferred: number; moved: string[] } {
  const blocks = Array.from(document.querySelectorAll<HTMLElement>("*")).filter((e) => getComputedStyle(e).contentVisibility === "auto");
  // What is not drawn at all (display: none, or inside a closed <details>) has no place to move from.
  const all = Array.from(document.querySelectorAll("main *")).filter((e) => !e.closest("svg") && e.checkVisibility());
  const tops = () => all.map((e) => e.getBoundingClientRect().top + scrollY);
  // Set through the CSSOM, which the Content Security Policy allows (style attributes it does not).
  const removed: { sheet: CSSStyleSheet; index: number; text: string }[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    const rules = Array.from(sheet.cssRules);
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i]!;
      if (rule instanceof CSSSupportsRule && rule.conditionText.includes("content-visibility")) {
        removed.push({ sheet, index: i, text: rule.cssText });
        sheet.deleteRule(i);
      }
    }
  }
  for (const b of blocks) {
    b.style.contentVisibility = "visible";
    b.style.contain = "none";
  }
  const plain = tops();
  for (const r of removed.reverse()) r.sheet.insertRule(r.text, r.index);
  for (const b of blocks) b.style.contain = "layout style paint";
  const deferred = tops();
  const moved: string[] = [];
  let shift = 0;
  all.forEach((e, i) => {
    const d = Math.round(deferred[i]! - plain[i]!);
    if (Math.abs(d - shift) <= tolerance) return;
    const name = (x: Element) => `${x.tagName.toLowerCase()}${x.id ? "#" + x.id : ""}${x.classList.length ? "." + Array.from(x.classList).join(".") : ""}`;
    moved.push(`${name(e)} in ${name(e.parentElement!)}: ${d - shift > 0 ? "+" : ""}${d - shift}px`);
    shift = d;
  });
  return { deferred: blocks.length, moved: moved.slice(0, 8) };
}

/** Draws every block the page defers (content-visibility: auto), as scrolling
 *  through the page would, so that what a probe measures next does not depend on
 *  whether the browser has drawn a block yet. Returns how many it drew. */
export function drawDeferred(): number {
  const blocks = Array.from(document.querySelectorAll<HTMLElement>("*")).filter((e) => getComputedStyle(e).contentVisibility === "auto");
  for (const b of blocks) b.style.contentVisibility = "visible";
  return blocks.length;
}

/** Text where a space comes between an inline element (a link, code, emphasis) and the punctuation after it, as
 *  "data package ." reads: a formatter's line break inside a sentence becomes a space in the page. */
export function spacesBeforePunctuation(): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll("a, code, strong, em, abbr, span"))) {
    const next = el.nextSibling;
    if (next?.nodeType === Node.TEXT_NODE && /^\s+[.,;:)]/.test(next.textContent ?? "")) {
      found.push(`${(el.textContent ?? "").trim().slice(-30)}${(next.textContent ?? "").replace(/\s+/g, " ").slice(0, 3)}`);
    }
  }
  return found;
}
