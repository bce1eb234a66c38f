import { servicePrismaConfig } from '@yji/db/prisma-config';

export default servicePrismaConfig('publication');
