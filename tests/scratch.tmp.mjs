import { Connection, Client } from '@temporalio/client';
import { connect, nanos } from '@nats-io/transport-node';
import { jetstreamManager, AckPolicy } from '@nats-io/jetstream';
const connection = await Connection.connect({ address: '127.0.0.1:7233' });
const client = new Client({ connection, namespace: 'default' });
for (const q of [`ParentWorkflowId = 'x'`, `WorkflowType = 'CaseAssessmentWorkflow' AND TaskQueue = 'x'`, `WorkflowId STARTS_WITH 'case-assessment-'`]) {
  try { console.log(q, await client.workflow.count(q)); } catch (e) { console.log(q, 'ERR', e.message); }
}
const nc = await connect({ servers: '127.0.0.1:4222' });
const jsm = await jetstreamManager(nc);
const si = await jsm.streams.info('YJI_EVENTS');
console.log('stream', si.state.messages, si.config.duplicate_window);
const consumers = await jsm.consumers.list('YJI_EVENTS').next();
for (const c of consumers) console.log(c.name, c.config.ack_wait, c.config.filter_subject, c.num_pending, c.num_ack_pending);
await jsm.consumers.add('YJI_EVENTS', { durable_name: 'scratch-x', ack_policy: AckPolicy.Explicit, filter_subject: 'yji.inspection.team.*' });
try { const u = await jsm.consumers.update('YJI_EVENTS', 'scratch-x', { ack_wait: nanos(1000) }); console.log('updated', u.config.ack_wait); } catch (e) { console.log('update ERR', e.message); }
try { const u = await jsm.consumers.add('YJI_EVENTS', { durable_name: 'scratch-x', ack_policy: AckPolicy.Explicit, filter_subject: 'yji.inspection.team.*' }); console.log('re-add', u.config.ack_wait); } catch (e) { console.log('re-add ERR', e.message); }
await jsm.consumers.delete('YJI_EVENTS', 'scratch-x');
await nc.close(); await connection.close();
