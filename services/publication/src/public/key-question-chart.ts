// A case-based standard's chart on the public report (issue 11, Charts): for each key question the share of
// applicable cases judged "yes", against the band boundaries the rating rests on (004 ¶3.23, the domain's
// RATING_BANDS: 50, 65 and 80 %). Accessible SVG: a title and a description, every bar labelled with its
// figure in text (no meaning carried by colour alone), and the same numbers in a table beside it.
import { RATING_BANDS } from '@yji/domain';

export interface ChartKeyQuestion {
  id: string;
  label: string;
  yes: number;
  applicable: number;
  /** Whole percent as the panel saw it; null when no case applied. */
  percent: number | null;
  band: string | null;
}

// Each key question's name stands on its own line above its bar, so the chart is narrow enough to be read at
// 320 px (drawn some 290 px wide, its text at 14 px); the stylesheet caps its width so the text is about the
// body's size on a wide screen. The band boundaries are drawn beside the bars only, never through a name.
const WIDTH = 360;
const PLOT_WIDTH = 210;
const FONT = 18;
/** The boundaries' own labels stand 31 units apart (50 % and 65 % of the plot): smaller text keeps them apart. */
const SMALL_FONT = 14;
const ROW_HEIGHT = 58;
const TOP = 30;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const x = (percent: number) => (PLOT_WIDTH * percent) / 100;

/**
 * The chart's key, shown under it: what the dashed lines are. Drawn lines alone said nothing to a reader who
 * does not know the bands (004 ¶3.23); the same words for every chart, from the bands the ratings use.
 */
export function chartKey(): string {
  const [lowest, ...above] = [...RATING_BANDS].reverse();
  const starts = above.map(({ rating, minPercent }) => `${rating} from ${minPercent}%`).join(', ');
  return `The dashed lines mark where each band begins: ${starts}. Below ${above[0]!.minPercent}% is ${lowest!.rating}.`;
}

/** The chart as SVG markup; `titleId` names it for aria-labelledby (unique on the page). */
export function keyQuestionChart(
  standard: string,
  keyQuestions: readonly ChartKeyQuestion[],
  titleId: string,
) {
  const height = TOP + keyQuestions.length * ROW_HEIGHT + 24;
  const boundaryPercents = RATING_BANDS.filter(({ minPercent }) => minPercent > 0);
  const boundaries = boundaryPercents.map(({ minPercent, rating }) => {
    const at = x(minPercent);
    const segments = keyQuestions.map((_, index) => {
      const top = TOP + index * ROW_HEIGHT;
      return `<line x1="${at}" y1="${top + 22}" x2="${at}" y2="${top + 48}" stroke="#0b0c0c" stroke-dasharray="4 3"/>`;
    });
    return (
      `<g><title>${escape(`${rating} from ${minPercent}%`)}</title>${segments.join('')}` +
      `<text x="${at}" y="${TOP - 10}" text-anchor="middle" font-size="${SMALL_FONT}">${minPercent}%</text></g>`
    );
  });
  const bars = keyQuestions.map((question, index) => {
    const top = TOP + index * ROW_HEIGHT;
    const figure =
      question.percent === null
        ? 'no case applied'
        : `${question.percent}% (${question.yes} of ${question.applicable})`;
    const bar =
      question.percent === null
        ? ''
        : `<rect x="0" y="${top + 24}" width="${x(question.percent)}" height="22" fill="#1d70b8"/>`;
    return (
      `<g><text x="4" y="${top + 17}" font-size="${FONT}">${escape(question.label)}</text>${bar}` +
      `<text x="${PLOT_WIDTH + 6}" y="${top + 41}" font-size="${FONT}">${escape(figure)}</text></g>`
    );
  });
  const description =
    `The share of applicable cases judged yes for each key question of standard ${standard}, ` +
    `against the rating boundaries at ${boundaryPercents
      .map(({ minPercent }) => `${minPercent}%`)
      .reverse()
      .join(', ')}: ` +
    keyQuestions
      .map((q) => `${q.label}: ${q.percent === null ? 'no case applied' : `${q.percent}%, ${q.band}`}`)
      .join('; ') +
    '.';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" ` +
    `aria-labelledby="${titleId} ${titleId}-desc" class="yji-chart">` +
    `<title id="${titleId}">${escape(`Standard ${standard}: key questions judged yes`)}</title>` +
    `<desc id="${titleId}-desc">${escape(description)}</desc>` +
    `<line x1="0" y1="${TOP - 6}" x2="0" y2="${height - 22}" stroke="#0b0c0c"/>` +
    bars.join('') +
    boundaries.join('') +
    `<text x="0" y="${height - 6}" font-size="${SMALL_FONT}">0%</text>` +
    `<text x="${x(100)}" y="${height - 6}" text-anchor="end" font-size="${SMALL_FONT}">100%</text>` +
    '</svg>'
  );
}
