// Whether resettlement (2.5) is rated in an inspection: only with enough custody cases (004 ¶3.13–3.15),
// the number held by the standards framework (minimumCustodyCases), so 13 standards count instead of 12.
import { requireFramework } from '../frameworks/index.ts';

export function resettlementInScope(custodyCases: number, standardsFrameworkId = 'standards-2020'): boolean {
  const section = requireFramework(standardsFrameworkId).sections.find(({ code }) => code === '2.5');
  const minimum = section?.minimumCustodyCases;
  return minimum !== undefined && custodyCases >= minimum;
}
