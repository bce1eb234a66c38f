// Renders the report's PDF once, when the report is published (this service's own
// yji.publication.report.published), and keeps it: the PDF is served as stored, never rendered per request.
// Chromium prints before anything is written, with no transaction open and no connection held (it can take
// seconds on a busy machine); the PDF, its audit entry and the event's processed-message row are then one
// statement, so a redelivered event takes effect once and one whose printing failed is delivered again.
import { reportPublished } from '@yji/contracts';
import { auditInsertSql } from '@yji/db';
import {
  durableName,
  startEventConsumer,
  type EffectStatement,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import { systemActor, type App, type ServiceConsumer } from '@yji/service-kit';
import type { PublicationDb } from '../db.ts';
import { renderReportPdf } from '../pdf/render-report-pdf.ts';

/** The report's PDF is rendered by the service itself when the report is published. */
const PDF_ACTOR = systemActor('report-pdf');

interface ReportPdfOptions {
  /** The service's app, whose public report page is rendered. */
  app: App;
  chromiumPath: string;
}

/** The event marked processed, and nothing else. */
const NOTHING_TO_DO: EffectStatement = { sql: 'SELECT 1 FROM processed', params: [] };

/** The audit entry, for the PDF the statement stored (none when another delivery stored it first). */
const PDF_AUDIT = auditInsertSql({ firstParam: 5, from: 'stored', inspectionIdSql: 'stored."inspectionId"' });

function storePdfStatement(inspectionId: string, version: number, pdf: Buffer): EffectStatement {
  return {
    ctes: [
      `stored AS (INSERT INTO "ReportPdf" ("inspectionId", pdf)
                   SELECT $3::uuid, $4 WHERE EXISTS (SELECT 1 FROM processed)
                   ON CONFLICT DO NOTHING RETURNING "inspectionId")`,
    ],
    sql: PDF_AUDIT.sql,
    params: [
      inspectionId,
      pdf,
      ...PDF_AUDIT.paramsOf({
        actor: PDF_ACTOR,
        action: 'report.pdf-rendered',
        entityType: 'report',
        entityId: inspectionId,
        details: { version, bytes: pdf.length },
      }),
    ],
  };
}

/**
 * Whether the report still wants its PDF: none stored yet, and the report published here. The event is this
 * service's own, so its report is here; where it is not (an event of another database's run on a shared NATS
 * server, or a restored backup), rendering can never succeed, and retrying it forever would hold back every
 * report after it.
 */
async function wantsPdf(db: PublicationDb, inspectionId: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "Report" r
      WHERE r."inspectionId" = $1::uuid AND r."publishedVersion" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "ReportPdf" p WHERE p."inspectionId" = r."inspectionId")`,
    inspectionId,
  );
  return rows.length > 0;
}

function startReportPdfConsumer(
  db: PublicationDb,
  nc: NatsConnection,
  options: EventConsumerOptions & ReportPdfOptions,
) {
  return startEventConsumer(db, nc, reportPublished, options, {
    statement: async ({ inspectionId, version }) => {
      if (!(await wantsPdf(db, inspectionId))) return NOTHING_TO_DO;
      const pdf = await renderReportPdf(options.app, options.chromiumPath, inspectionId);
      return storePdfStatement(inspectionId, version, pdf);
    },
  });
}

/** The consumer, rendering with the service's own `app` and the Chromium at `chromiumPath`. */
export const reportPdfConsumer = (rendering: ReportPdfOptions): ServiceConsumer<PublicationDb> => ({
  what: 'report published event',
  durable: (databaseUrl) => durableName('publication-pdf', databaseUrl),
  // A report takes seconds to print: those published meanwhile wait on the server, not in this process.
  start: (db, nc, options) => startReportPdfConsumer(db, nc, { ...options, ...rendering, takesAtOnce: 1 }),
});
