import { systemConfig } from '../../vitest.shared.ts';

export default systemConfig;
