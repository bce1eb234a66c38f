// Live ratings standing: each key question's share, band, and distance to the neighbouring bands.
export * from './band-distance.ts';
export * from './live-standings.ts';
