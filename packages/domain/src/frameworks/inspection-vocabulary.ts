// What a framework's rules can ask of the inspection a case belongs to: the country of the YJS and, in the
// 2016 model, the programme and its modules.
import { z } from 'zod';

// 002 3b: the country decides whether the Welsh-language questions (9a to 9e, 13c) are asked.
export const COUNTRIES = ['england', 'wales'] as const;
export const countrySchema = z.enum(COUNTRIES);
export type Country = z.infer<typeof countrySchema>;

// 002 Introduction: Full Joint Inspection or Short Quality Screening.
export const PROGRAMMES = ['fji', 'sqs'] as const;
export const programmeSchema = z.enum(PROGRAMMES);
export type Programme = z.infer<typeof programmeSchema>;

// 002 14: "FJI only - tick all modules which are included within this inspection"; SQS "contains only a
// core module". The modules 002 names questions for: courts (1.5.3) and interventions (1.15.1, 2.2.1, …).
export const PROGRAMME_MODULES = ['courts', 'interventions'] as const;
export const programmeModuleSchema = z.enum(PROGRAMME_MODULES);
export type ProgrammeModule = z.infer<typeof programmeModuleSchema>;
