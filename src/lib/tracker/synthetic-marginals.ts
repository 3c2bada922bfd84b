// Shares the synthetic generator draws from, set close to Salford's published
// figures (data/age-profiles.csv, referral-sources.csv, chart-fractions.csv for
// deprivation, wellbeing.csv, child-outcomes.csv, school-readiness.csv). They
// are weights, not data: every export made from them is marked synthetic.
export type Weights = Record<string, number>;

/** Ages at referral: "lowest-highest" whole years, each band's weight (Table 1 blended with the younger total cohort). */
export const AGE_BANDS: Record<"female" | "male", Weights> = {
  female: { "16-19": 14, "20-24": 28, "25-29": 26, "30-34": 16, "35-39": 14, "40-45": 2 },
  male: { "17-19": 8, "20-24": 20, "25-29": 22, "30-34": 11, "35-39": 18, "40-55": 21 },
};

export const SOURCE: Weights = { midwifery: 52, childrens_social_care: 26, early_help: 12, health_visitor: 3, self: 2, other: 4, unknown: 1 };
// Most deprived tenth 66%, next 14%, next 8%, the rest spread (chart "IMD deprivation rank of all clients").
export const IMD: Weights = { "1": 66, "2": 14, "3": 8, "4": 4, "5": 3, "6": 2, "7": 1, "8": 1, "9": 0.5, "10": 0.5 };
export const REMOVALS: Weights = { "0": 4, "1": 40, "2": 26, "3": 15, "4": 8, "5": 4, "6": 2, "8": 1 };
export const PATHWAY: Weights = { A: 20, B: 70, C: 10 };
export const ENGAGED: Weights = { yes: 80, no: 15, unknown: 5 };
export const CLOSURE_REASON: Weights = { completed: 65, disengaged: 15, moved_away: 8, no_identified_need: 7, other: 5 };

/** Per topic: shares at referral and after three years (Table 6 and the text). */
export const WELLBEING: Record<string, { referral: Weights; three_years: Weights }> = {
  partner_abuse: { referral: { yes: 58, no: 37, unknown: 5 }, three_years: { yes: 20, no: 72, unknown: 8 } },
  alcohol: { referral: { yes: 37, no: 58, unknown: 5 }, three_years: { yes: 13, no: 80, unknown: 7 } },
  drugs: { referral: { yes: 34, no: 60, unknown: 6 }, three_years: { yes: 12, no: 80, unknown: 8 } },
  mental_health_medication: { referral: { yes: 40, no: 55, unknown: 5 }, three_years: { yes: 38, no: 55, unknown: 7 } },
  probation: { referral: { yes: 14, no: 80, unknown: 6 }, three_years: { yes: 1, no: 92, unknown: 7 } },
  housing: {
    referral: { housing_association: 52, council: 2, private_rent: 19, living_with_family: 22, homeless: 3, other: 1, unknown: 1 },
    three_years: { housing_association: 62, council: 2, private_rent: 24, living_with_family: 8, homeless: 2, other: 1, unknown: 1 },
  },
  employment: {
    referral: { unemployed: 66, employed: 28, volunteering: 2, in_education: 2, unknown: 2 },
    three_years: { unemployed: 68, employed: 25, volunteering: 3, in_education: 2, unknown: 2 },
  },
  relationship: {
    referral: { single: 8, in_relationship: 85, separated: 5, unknown: 2 },
    three_years: { single: 10, in_relationship: 78, separated: 8, unknown: 4 },
  },
};

// Tables 7 and 9; the pregnancy-ended share goes to not_applicable at three months.
export const STATUS_3_MONTHS: Weights = { looked_after: 15, cpp: 58, cin: 12, early_help: 7, universal: 1, not_applicable: 7 };
export const STATUS_AT_CLOSURE: Weights = { looked_after: 6, adoption: 15, sgo: 8, cpp: 9, cin: 7, early_help: 8, universal: 37, unborn: 1, moved_la: 5 };
/** Three of four assessed children had a good level of development; Salford overall 67.7%. */
export const GLD_YES = 0.7;
export const BORN_LATER = 0.12;
