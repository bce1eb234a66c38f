import { servicePrismaConfig } from '@yji/db/prisma-config';

export default servicePrismaConfig('codec-server');
