// Names the scenario editor shows for values of the scenario file: the kinds of a duration's distribution and
// the organisation mechanisms a department switches on, in the page's language. The file keeps its own values
// (`exponential`, `peerConsult`); only what is shown is translated. A value not known here is shown as written.
import { msg } from '@lit/localize';

/** A distribution kind (`exponential`, `lognormal`, …) as the page names it. */
export function distributionKindName(kind: string): string {
  switch (kind) {
    case 'exponential':
      return msg('exponential', { id: 'editor.dist.kind.exponential' });
    case 'deterministic':
      return msg('deterministic', { id: 'editor.dist.kind.deterministic' });
    case 'uniform':
      return msg('uniform', { id: 'editor.dist.kind.uniform' });
    case 'lognormal':
      return msg('lognormal', { id: 'editor.dist.kind.lognormal' });
    case 'gamma':
      return msg('gamma', { id: 'editor.dist.kind.gamma' });
    case 'erlang':
      return msg('Erlang', { id: 'editor.dist.kind.erlang' });
    case 'empirical':
      return msg('empirical', { id: 'editor.dist.kind.empirical' });
    default:
      return kind;
  }
}

/** The mechanisms of a department's structure that the editor lists, in the file's order. */
export const MECHANISMS = [
  'teamLeads',
  'supervisors',
  'review',
  'pooling',
  'peerConsult',
  'breakShifting',
  'knowledgeSharing',
  'meetings',
] as const;

export function mechanismName(mechanism: (typeof MECHANISMS)[number]): string {
  switch (mechanism) {
    case 'teamLeads':
      return msg('team leads', { id: 'editor.mechanism.teamLeads' });
    case 'supervisors':
      return msg('supervisors', { id: 'editor.mechanism.supervisors' });
    case 'review':
      return msg('supervisor reviews', { id: 'editor.mechanism.review' });
    case 'pooling':
      return msg('pooling across queues', { id: 'editor.mechanism.pooling' });
    case 'peerConsult':
      return msg('peer consults', { id: 'editor.mechanism.peerConsult' });
    case 'breakShifting':
      return msg('break shifting', { id: 'editor.mechanism.breakShifting' });
    case 'knowledgeSharing':
      return msg('knowledge sharing', { id: 'editor.mechanism.knowledgeSharing' });
    case 'meetings':
      return msg('team meetings', { id: 'editor.mechanism.meetings' });
  }
}
