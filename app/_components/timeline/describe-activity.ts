// Puts a task's activity at an instant into words, for lane chips, the readout and the table.
import type { Activity } from './playhead.ts';
import { spanText, waitPhrase } from './words.ts';

export function activityLabel(activity: Activity): string {
  switch (activity.kind) {
    case 'running': return 'running';
    case 'blocking': return 'blocking the loop';
    case 'waiting': return activity.detail ? `waiting for ${spanText(activity.detail)}` : 'waiting';
    case 'not-started': return 'not started';
    case 'settled': return activity.state;
    case 'idle': return 'idle';
  }
}

/** One task's activity as a clause of the readout: "main waits for callApi#1". */
export function activityClause(name: string, activity: Activity): string {
  switch (activity.kind) {
    case 'running': return `${name} runs`;
    case 'blocking': return `${name} blocks the loop`;
    case 'waiting': return activity.detail ? `${name} ${waitPhrase(activity.detail, activity.from)}` : `${name} waits`;
    case 'not-started': return `${name} not started`;
    case 'settled': return `${name} ${activity.state}`;
    case 'idle': return `${name} idle`;
  }
}
