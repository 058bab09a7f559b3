/** The audit module: the administrator's read of every write and sign-in. */
import type { GongbianModule } from '../../module.js';
import { AuditEntryView } from './audit.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { auditLogExporter } from './audit.service.js';

export const auditModule: GongbianModule = {
  name: 'audit',
  entities: [AuditEntryView],
  resolvers: [AuditResolver],
  exporters: { audit: auditLogExporter },
};
