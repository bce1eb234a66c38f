import './provided.ts';
export {};
