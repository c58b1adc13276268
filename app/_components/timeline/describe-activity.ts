// Puts a task's activity at an instant into words, for lane chips, the readout and the table.
import type { Activity } from './playhead';

export function activityLabel(activity: Activity): string {
  switch (activity.kind) {
    case 'running': return 'running';
    case 'blocking': return 'blocking the loop';
    case 'waiting': return activity.detail ? `waiting for ${activity.detail}` : 'waiting';
    case 'not-started': return 'not started';
    case 'settled': return activity.state;
    case 'idle': return 'idle';
  }
}
