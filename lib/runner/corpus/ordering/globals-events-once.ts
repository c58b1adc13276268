// node:events once() resolves with the event's arguments, from an EventTarget or an EventEmitter-like object.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
import { once } from 'node:events';
import { setTimeout as delay } from 'timers/promises';
const target = new EventTarget();
setTimeout(() => target.dispatchEvent(new CustomEvent('ready', { detail: 'go' })), 10);
const [event] = await once(target, 'ready');
console.log(event.type, event.detail);
class Emitter { // EventEmitter-like: Node's once() needs on(), once() and removeListener()
  handlers = new Map();
  on(name, fn) { this.handlers.set(name, fn); }
  once(name, fn) { this.handlers.set(name, fn); }
  removeListener(name) { this.handlers.delete(name); }
  emit(name, ...args) { const fn = this.handlers.get(name); this.handlers.delete(name); fn?.(...args); }
}
const em = new Emitter();
setTimeout(() => em.emit('data', 1, 'two'), 5);
console.log(await once(em, 'data'));
setTimeout(() => em.emit('error', new Error('boom')), 5);
try { await once(em, 'data'); } catch (e: any) { console.log('rejected with', e.message); }
const ac = new AbortController();
setTimeout(() => ac.abort(), 5);
try { await once(target, 'never', { signal: ac.signal }); } catch (e: any) { console.log(e.name, e.code); }
try { await once({}, 'x'); } catch (e: any) { console.log(e.code, e.message); }
console.log(await delay(1, 'end'));
