// Renders the report's PDF once, when the report is published (this service's own
// yji.publication.report.published), and keeps it: the PDF is served as stored, never rendered per request.
// A redelivered event takes effect once (startIdempotentConsumer), and a PDF already stored is not rendered
// again; rendering runs in the event's transaction, so an event whose rendering failed is delivered again.
import { reportPublished } from '@yji/contracts';
import {
  durableName,
  startEventConsumer,
  type EventConsumerOptions,
  type NatsConnection,
} from '@yji/messaging';
import { systemActor, type App, type ServiceConsumer } from '@yji/service-kit';
import { auditReport } from '../audit/audit-report.ts';
import type { PublicationDb } from '../db.ts';
import { renderReportPdf } from '../pdf/render-report-pdf.ts';

/** The report's PDF is rendered by the service itself when the report is published. */
const PDF_ACTOR = systemActor('report-pdf');

/**
 * Chromium starts and prints inside the event's transaction. On a busy machine that can take longer than
 * Prisma's 5 s, and then every delivery's transaction expires and the PDF never comes.
 */
const RENDER_TRANSACTION_MS = 60_000;

interface ReportPdfOptions {
  /** The service's app, whose public report page is rendered. */
  app: App;
  chromiumPath: string;
}

function startReportPdfConsumer(
  db: PublicationDb,
  nc: NatsConnection,
  options: EventConsumerOptions & ReportPdfOptions,
) {
  const consumerOptions = { ...options, transactionTimeoutMs: RENDER_TRANSACTION_MS };
  return startEventConsumer(
    db,
    nc,
    reportPublished,
    consumerOptions,
    async ({ inspectionId, version }, tx) => {
      const stored = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "ReportPdf" WHERE "inspectionId" = $1::uuid`,
        inspectionId,
      );
      if (stored.length) return;
      // The event is this service's own, so its report is here; where it is not (an event of another database's
      // run on a shared NATS server, or a restored backup), rendering can never succeed, and retrying it forever
      // would hold back every report after it.
      const published = await tx.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "Report" WHERE "inspectionId" = $1::uuid AND "publishedVersion" IS NOT NULL`,
        inspectionId,
      );
      if (!published.length) return;
      const pdf = await renderReportPdf(options.app, options.chromiumPath, inspectionId);
      await tx.$executeRawUnsafe(
        `INSERT INTO "ReportPdf" ("inspectionId", pdf) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING`,
        inspectionId,
        pdf,
      );
      await auditReport(tx, PDF_ACTOR, inspectionId, 'report.pdf-rendered', { version, bytes: pdf.length });
    },
  );
}

/** The consumer, rendering with the service's own `app` and the Chromium at `chromiumPath`. */
export const reportPdfConsumer = (rendering: ReportPdfOptions): ServiceConsumer<PublicationDb> => ({
  what: 'report published event',
  durable: (databaseUrl) => durableName('publication-pdf', databaseUrl),
  start: (db, nc, options) => startReportPdfConsumer(db, nc, { ...options, ...rendering }),
});
