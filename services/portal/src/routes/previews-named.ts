// For the home page of anyone named for an embargoed preview (a person need not be on the inspection's team to
// be named): the reports scheduled and not yet published that name them, each by the youth justice service
// inspected, the way to /inspections/:id/preview. The publication service decides whom each names.
import type { PreviewList } from '@yji/contracts';
import type { ServiceApi } from '../api/service-api.ts';

export async function previewsNamedFor(api: ServiceApi) {
  const { previews } = await api.get<PreviewList>('/api/publication/previews');
  return previews.map(({ inspectionId, yjs }) => ({ inspectionId, name: yjs?.name ?? yjs?.code }));
}
