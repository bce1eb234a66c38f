// The disposal types on a long list and the side of the sample each belongs to (004 ¶3.33).
export const COURT_DISPOSAL_TYPES = [
  'referral_order',
  'youth_rehabilitation_order',
  'custodial_sentence',
  'other_court',
] as const;

export const OOCD_DISPOSAL_TYPES = [
  'community_resolution',
  'youth_restorative_disposal',
  'youth_caution',
  'youth_conditional_caution',
  'other_oocd',
] as const;

/** Court types first, then out-of-court: this order breaks every allocation tie. */
export const DISPOSAL_TYPES = [...COURT_DISPOSAL_TYPES, ...OOCD_DISPOSAL_TYPES] as const;

export type DisposalType = (typeof DISPOSAL_TYPES)[number];

/** How a page or a reason names each disposal type, where the long list writes its code. */
export const DISPOSAL_TYPE_LABELS: Readonly<Record<DisposalType, string>> = {
  referral_order: 'Referral order',
  youth_rehabilitation_order: 'Youth rehabilitation order',
  custodial_sentence: 'Custodial sentence',
  other_court: 'Other court disposal',
  community_resolution: 'Community resolution',
  youth_restorative_disposal: 'Youth restorative disposal',
  youth_caution: 'Youth caution',
  youth_conditional_caution: 'Youth conditional caution',
  other_oocd: 'Other out-of-court disposal',
};

/** Domain two inspects court disposals, domain three out-of-court disposals (OOCD). */
export type Side = 'court' | 'oocd';

export const SIDES: readonly Side[] = ['court', 'oocd'];

/** How a sentence names each side. */
export const SIDE_LABELS: Readonly<Record<Side, string>> = { court: 'court', oocd: 'out-of-court' };

// 004 ¶3.13–3.16: custody cases feed resettlement standard 2.5 and have their own time window.
export const CUSTODIAL_SENTENCE: DisposalType = 'custodial_sentence';

const COURT = new Set<DisposalType>(COURT_DISPOSAL_TYPES);

export function sideOf(disposalType: DisposalType): Side {
  return COURT.has(disposalType) ? 'court' : 'oocd';
}

export function disposalTypesOf(side: Side): readonly DisposalType[] {
  return side === 'court' ? COURT_DISPOSAL_TYPES : OOCD_DISPOSAL_TYPES;
}
