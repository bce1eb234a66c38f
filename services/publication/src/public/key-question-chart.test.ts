import { describe, expect, it } from 'vitest';
import { chartKey, keyQuestionChart, type ChartKeyQuestion } from './key-question-chart.ts';

const questions: ChartKeyQuestion[] = [
  { id: '2.1.1', label: 'Supporting desistance', yes: 7, applicable: 10, percent: 70, band: 'Good' },
  { id: '2.1.2', label: 'Keeping the child safe', yes: 4, applicable: 10, percent: 40, band: 'Inadequate' },
  { id: '2.1.3', label: 'Keeping <others> safe', yes: 0, applicable: 0, percent: null, band: null },
];

describe('keyQuestionChart', () => {
  const svg = keyQuestionChart('2.1', questions, 'chart-2-1');

  it('is named and described for assistive technology, with every figure in its words', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-2-1 chart-2-1-desc"/);
    expect(svg).toContain('<title id="chart-2-1">Standard 2.1: key questions judged yes</title>');
    expect(svg).toContain('Supporting desistance: 70%, Good; Keeping the child safe: 40%, Inadequate;');
    expect(svg).toContain('Keeping &lt;others&gt; safe: no case applied.');
  });

  it('draws the band boundaries at 50, 65 and 80 % and each bar to its share, labelled in text', () => {
    for (const boundary of ['50%', '65%', '80%']) expect(svg).toContain(`>${boundary}</text>`);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map(([, width]) => Number(width));
    expect(widths).toEqual([147, 84]); // 70 % and 40 % of a 210-wide plot
    expect(svg).toContain('>70% (7 of 10)</text>');
    expect(svg).toContain('>no case applied</text>');
  });

  it('puts each name on a line of its own above its bar, clear of the band boundaries', () => {
    const names = [...svg.matchAll(/<text x="4" y="([\d.]+)"[^>]*>([^<]*)</g)].map(([, y, name]) => ({
      y: Number(y),
      name,
    }));
    expect(names.map(({ name }) => name)).toEqual([
      'Supporting desistance',
      'Keeping the child safe',
      'Keeping &lt;others&gt; safe',
    ]);
    const dashes = [...svg.matchAll(/<line [^>]*y1="([\d.]+)"[^>]*y2="([\d.]+)"[^>]*stroke-dasharray/g)];
    expect(dashes).toHaveLength(9); // three boundaries beside each of three bars
    for (const [, y1, y2] of dashes)
      for (const { y } of names) expect(y < Number(y1) - 2 || y > Number(y2)).toBe(true);
  });

  it('has a key in words for its dashed lines, lowest band first', () => {
    expect(chartKey()).toBe(
      'The dashed lines mark where each band begins: Requires improvement from 50%, Good from 65%, ' +
        'Outstanding from 80%. Below 50% is Inadequate.',
    );
  });
});
