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

const WIDTH = 640;
const LABEL_WIDTH = 250;
const PLOT_WIDTH = 330;
const ROW_HEIGHT = 44;
const TOP = 28;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const x = (percent: number) => LABEL_WIDTH + (PLOT_WIDTH * percent) / 100;

/** The chart as SVG markup; `titleId` names it for aria-labelledby (unique on the page). */
export function keyQuestionChart(
  standard: string,
  keyQuestions: readonly ChartKeyQuestion[],
  titleId: string,
) {
  const height = TOP + keyQuestions.length * ROW_HEIGHT + 24;
  const boundaries = RATING_BANDS.filter(({ minPercent }) => minPercent > 0).map(({ minPercent, rating }) => {
    const at = x(minPercent);
    return (
      `<g><title>${escape(`${rating} from ${minPercent}%`)}</title>` +
      `<line x1="${at}" y1="${TOP - 6}" x2="${at}" y2="${height - 22}" stroke="#0b0c0c" stroke-dasharray="4 3"/>` +
      `<text x="${at}" y="${TOP - 10}" text-anchor="middle" font-size="12">${minPercent}%</text></g>`
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
        : `<rect x="${LABEL_WIDTH}" y="${top + 8}" width="${x(question.percent) - LABEL_WIDTH}" height="20" fill="#1d70b8"/>`;
    return (
      `<g><text x="0" y="${top + 22}" font-size="14">${escape(question.label)}</text>${bar}` +
      `<text x="${LABEL_WIDTH + PLOT_WIDTH + 6}" y="${top + 22}" font-size="14">${escape(figure)}</text></g>`
    );
  });
  const description =
    `The share of applicable cases judged yes for each key question of standard ${standard}, ` +
    `against the rating boundaries at ${RATING_BANDS.filter(({ minPercent }) => minPercent > 0)
      .map(({ minPercent }) => `${minPercent}%`)
      .reverse()
      .join(', ')}: ` +
    keyQuestions
      .map((q) => `${q.label}: ${q.percent === null ? 'no case applied' : `${q.percent}%, ${q.band}`}`)
      .join('; ') +
    '.';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH + 80} ${height}" ` +
    `aria-labelledby="${titleId} ${titleId}-desc" class="yji-chart">` +
    `<title id="${titleId}">${escape(`Standard ${standard}: key questions judged yes`)}</title>` +
    `<desc id="${titleId}-desc">${escape(description)}</desc>` +
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 6}" x2="${LABEL_WIDTH}" y2="${height - 22}" stroke="#0b0c0c"/>` +
    boundaries.join('') +
    bars.join('') +
    `<text x="${LABEL_WIDTH}" y="${height - 6}" font-size="12">0%</text>` +
    `<text x="${x(100)}" y="${height - 6}" text-anchor="end" font-size="12">100%</text>` +
    '</svg>'
  );
}
