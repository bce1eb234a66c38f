// Live ratings standing: each key question's share, band, and distance to the neighbouring bands.
export { keyQuestionStanding } from './band-distance.ts';
export type { BandStep, KeyQuestionStanding } from './band-distance.ts';
export { liveStandings } from './live-standings.ts';
export type { LiveCase, LiveStandings } from './live-standings.ts';
