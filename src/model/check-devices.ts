import { drawsAs } from './device-specs.js';
import type { Action, PerApproach, StopValue } from './action-schema.js';
import { approachKey, pickApproach } from './pick-approach.js';
import type { Procedure } from './procedure-schema.js';
import type { ProblemList } from './problem-list.js';
import { DEFAULT_STENT } from './stent-names.js';
import { whenHolds, type Variant } from './when-holds.js';

interface Device {
  readonly kind: string;
  readonly route: string;
}

const isStent = (kind: string) => kind === 'stent' || drawsAs(kind) === 'stent';

/** Kinds an action needs its device to be, if it cares. */
const NEEDS: Partial<Record<Action['type'], { test: (kind: string) => boolean; what: string }>> = {
  inflate: { test: (k) => drawsAs(k) === 'balloon-catheter', what: 'a balloon-catheter' },
  deflate: { test: (k) => drawsAs(k) === 'balloon-catheter', what: 'a balloon-catheter' },
  deploy: { test: isStent, what: 'a stent' },
};

/** The ProblemList tag of a variant: `approach|obstruction <id>|stent <type>`. */
export function variantTag(variant: Variant): string {
  return [
    variant.approach,
    ...(variant.obstruction ? [`obstruction ${variant.obstruction}`] : []),
    ...(variant.stent ? [`stent ${variant.stent}`] : []),
  ].join('|');
}

/**
 * Walks the steps of one variant (approach, obstruction case, stent type) in
 * order, as the timeline will: checks per-approach values, routes, stops on
 * routes, that each device is inserted (with a kind and a route) before it is
 * used, and that balloons, stents and their delivery systems are used as such.
 */
export function checkDevices(p: Procedure, variant: Variant, problems: ProblemList): void {
  const approach = variant.approach;
  const tag = variantTag(variant);
  const add = (path: string, message: string) => problems.add(path, message, tag);
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
  const insert = (a: Extract<Action, { type: 'advance' }>, at: string): Device | undefined => {
    if (removed.has(a.device)) add(`${at}.device`, `device "${a.device}" was removed in ${removed.get(a.device)}`);
    if (!a.kind) add(`${at}.kind`, `a new device needs a kind`);
    if (!a.route) add(`${at}.route`, `a new device needs a route`);
    if (!a.kind || !a.route) return undefined;
    const kind = a.kind === 'stent' ? `stent-${variant.stent ?? DEFAULT_STENT}` : a.kind;
    const device = { kind, route: a.route };
    devices.set(a.device, device);
    if (a.delivery === undefined) return device;
    if (!isStent(kind)) add(`${at}.delivery`, `only a stent has a delivery system ("${a.device}" is a ${kind})`);
    else if (devices.has(a.delivery) || a.delivery === a.device)
      add(`${at}.delivery`, `device "${a.delivery}" is already in place`);
    else devices.set(a.delivery, { kind: kind === 'stent-plastic' ? 'pusher' : 'stent-delivery', route: a.route });
    return device;
  };
  p.steps.forEach((step, i) => {
    if (!whenHolds(step.when, variant)) return;
    for (const field of ['camera', 'labels'] as const) {
      if (pickApproach<unknown>(step[field], approach) === undefined)
        add(`steps[${i}].${field}`, `no value for the ${approach} approach`);
    }
    step.actions.forEach((a: Action, j) => {
      if (!whenHolds(a.when, variant)) return;
      const at = `steps[${i}].actions[${j}]`;
      if (a.type === 'advance') {
        let device = devices.get(a.device);
        if (!device) {
          device = insert(a, at);
          if (!device) return;
        } else {
          if (a.route && a.route !== device.route)
            add(`${at}.route`, `device "${a.device}" runs on route "${device.route}"`);
          if (a.kind && a.kind !== device.kind && !(a.kind === 'stent' && isStent(device.kind)))
            add(`${at}.kind`, `device "${a.device}" is a ${device.kind}`);
          if (a.delivery !== undefined)
            add(`${at}.delivery`, `a delivery system is given only when a stent is inserted`);
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
      } else if (a.type === 'decompress') {
        if (a.through !== undefined) need(a.through, `${at}.through`);
      } else if (a.type === 'open-lesion') {
        if (a.by !== undefined) need(a.by, `${at}.by`);
      } else if ('device' in a) {
        const device = need(a.device, `${at}.device`);
        const needs = NEEDS[a.type];
        if (device && needs && !needs.test(device.kind))
          add(`${at}.device`, `"${a.device}" is a ${device.kind}; ${a.type} needs ${needs.what}`);
        if (device && a.type === 'withdraw') checkStop(a.to, device.route, `${at}.to`);
        if (device && a.type === 'remove') drop(a.device, at);
      }
    });
  });
}
