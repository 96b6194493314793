import type { Action, Approach, PerApproach, StopValue } from './action-schema.js';
import { approachKey, pickApproach } from './pick-approach.js';
import type { Procedure } from './procedure-schema.js';
import type { ProblemList } from './problem-list.js';

interface Device {
  readonly kind: string;
  readonly route: string;
}

/**
 * Walks the steps of one approach in order, as the timeline will: checks
 * per-approach values, routes, stops on routes, and that each device is
 * inserted (with a kind and a route) before it is used.
 */
export function checkDevices(p: Procedure, approach: Approach, problems: ProblemList): void {
  const add = (path: string, message: string) => problems.add(path, message, approach);
  const devices = new Map<string, Device>();
  const removed = new Map<string, string>();
  const need = (id: string, path: string): Device | undefined => {
    const device = devices.get(id);
    if (!device)
      add(path, removed.has(id) ? `device "${id}" was removed in ${removed.get(id)}` : `unknown device "${id}"`);
    return device;
  };
  const drop = (id: string, path: string) => {
    devices.delete(id);
    removed.set(id, path);
  };
  const routeIds = (name: string) => {
    const route = p.routes[name];
    return route === undefined ? undefined : pickApproach(route, approach);
  };
  const checkStop = (stop: PerApproach<StopValue> | undefined, route: string, path: string) => {
    if (stop === undefined) return;
    const value = pickApproach(stop, approach);
    const at = `${path}${approachKey(stop, approach)}`;
    const ids = routeIds(route);
    if (value === undefined) add(at, `no value for the ${approach} approach`);
    else if (ids && typeof value === 'string' && !ids.includes(value)) add(at, `"${value}" is not on route "${route}"`);
  };
  p.steps.forEach((step, i) => {
    if (step.when && step.when.approach !== approach) return;
    for (const field of ['camera', 'labels'] as const) {
      if (pickApproach(step[field], approach) === undefined)
        add(`steps[${i}].${field}`, `no value for the ${approach} approach`);
    }
    step.actions.forEach((a: Action, j) => {
      const at = `steps[${i}].actions[${j}]`;
      if (a.type === 'advance') {
        let device = devices.get(a.device);
        if (!device) {
          if (removed.has(a.device))
            add(`${at}.device`, `device "${a.device}" was removed in ${removed.get(a.device)}`);
          if (!a.kind) add(`${at}.kind`, `a new device needs a kind`);
          if (!a.route) add(`${at}.route`, `a new device needs a route`);
          if (!a.kind || !a.route) return;
          device = { kind: a.kind, route: a.route };
          devices.set(a.device, device);
        } else {
          if (a.route && a.route !== device.route)
            add(`${at}.route`, `device "${a.device}" runs on route "${device.route}"`);
          if (a.kind && a.kind !== device.kind) add(`${at}.kind`, `device "${a.device}" is a ${device.kind}`);
        }
        if (!routeIds(device.route)) {
          if (!a.route) return; // reported where the device was inserted
          const known = Object.hasOwn(p.routes, device.route);
          add(
            `${at}.route`,
            known ? `route "${device.route}" has no ${approach} variant` : `unknown route "${device.route}"`,
          );
          return;
        }
        checkStop(a.to, device.route, `${at}.to`);
        checkStop(a.tail, device.route, `${at}.tail`);
      } else if (a.type === 'exchange') {
        const out = need(a.remove, `${at}.remove`);
        const over = need(a.over, `${at}.over`);
        if (a.over === a.remove) add(`${at}.over`, `a device cannot be exchanged over itself`);
        if (devices.has(a.insert)) add(`${at}.insert`, `device "${a.insert}" is already in place`);
        if (out) drop(a.remove, at);
        if (!over) return;
        devices.set(a.insert, { kind: a.kind, route: over.route });
        checkStop(a.to, over.route, `${at}.to`);
      } else if (a.type === 'contrast') {
        if (a.through !== undefined) need(a.through, `${at}.through`);
      } else if ('device' in a) {
        const device = need(a.device, `${at}.device`);
        if (device && a.type === 'withdraw') checkStop(a.to, device.route, `${at}.to`);
        if (device && a.type === 'remove') drop(a.device, at);
      }
    });
  });
}
