// Government Analysis Function palette. Never more than four categories are
// told apart by colour alone: charts also label or position every category.
export const palette = {
  darkBlue: "#12436D",
  turquoise: "#28A197",
  darkPink: "#801650",
  orange: "#F46A25",
  darkGrey: "#3D3D3D",
  lightPurple: "#A285D1",
} as const;

/** Categorical order recommended by the Analysis Function guidance. */
export const categorical = [palette.darkBlue, palette.turquoise, palette.darkPink, palette.orange] as const;

/** The two-series pair for women/men comparisons. */
export const pair = { women: palette.darkBlue, men: palette.orange } as const;

/** Layout widths rendered at build time; CSS shows one (see Figure.astro). */
export const WIDTHS = { narrow: 320, wide: 640 } as const;
export type Layout = keyof typeof WIDTHS;
