// The names of the floor's agent states and flow markers, from the catalogue in the language in force (the
// legend, the details, the charts' legends). Colours live in floor-palette.ts. No three, no DOM.
import { msg } from '@lit/localize';
import type { AgentStateName } from '../../sim/api';
import type { FlowKind } from './floor-palette';

export function stateLabel(state: AgentStateName): string {
  switch (state) {
    case 'idle':
      return msg('Idle (available)', { id: 'state.idle' });
    case 'talking':
      return msg('Talking', { id: 'state.talking' });
    case 'hold':
      return msg('Caller on hold', { id: 'state.hold' });
    case 'wrap-up':
      return msg('After-call work', { id: 'state.wrapUp' });
    case 'break':
      return msg('Break', { id: 'state.break' });
    case 'off-phone':
      return msg('Off the phone', { id: 'state.offPhone' });
    case 'logged-out':
      return msg('Logged out (empty desk)', { id: 'state.loggedOut' });
  }
}

export function flowLabel(kind: FlowKind): string {
  switch (kind) {
    case 'arrival':
      return msg('Call coming in (IVR to queue)', { id: 'flow.arrival' });
    case 'answer':
      return msg('Call answered (queue to desk)', { id: 'flow.answer' });
    case 'abandon':
      return msg('Caller hangs up (abandon)', { id: 'flow.abandon' });
    case 'transfer':
      return msg('Call transferred (desks to another queue)', { id: 'flow.transfer' });
  }
}
