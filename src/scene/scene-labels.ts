import { bagTubing } from './devices/bag-slots.js';
import type { Point, Structure } from '../model/anatomy-schema.js';
import { LANDMARKS } from '../model/landmarks.js';
import { drawsAs, loopRadius } from '../model/device-specs.js';
import { loopDisc } from './devices/pigtail-loop.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { distanceToPolyline, insidePolygon, slicePolyline, hypot } from '../model/geometry.js';
import { near, region } from './interior-anchors.js';
import type { SceneInput } from './build-scene.js';
import { lesionAreas } from './lesion-areas.js';
import { lesionSpots } from './lesion-spots.js';
import { lesionLabel, lesionSide, namedLesion, OPEN_PATENCY, STENTED_AT } from './lesion-label.js';
import { deviceLabel, deviceSpots, patientLabels } from './patient-labels.js';
import { ENGLISH_WORDS } from './scene-words.js';
import { onLines, placeLabels, type KeepOff } from './place-labels.js';
import { aimArrow, numerals } from './scene-marks.js';
import { lazyCavityDrawing, lazyMeasureDrawing } from './devices/lazy-devices.js';
import { locatorBox } from './scene-locator.js';
import { pairedSides } from './paired-sides.js';
import { papillaSpots } from './papilla-spots.js';
import { placementPriority } from './placement-priority.js';
import type { Camera } from './scene-types.js';
import { OVERVIEW } from '../model/cameras.js';
import type { SceneFrame } from './scene-frame.js';
import type { SceneLabel } from './scene-types.js';
import { cached, perAnatomy, stateKey } from './shape-cache.js';
import { deviceLines } from './device-lines.js';
import { labelAnchor, visiblePoints } from './label-anchor.js';
import { focusDevice } from './focus-device.js';
import { meshEdges } from './mesh-edges.js';
import { OFF_DEVICE } from './anchor-finder.js';
import { anchorFinder } from './anchor-finder.js';
import { cutOffPoint, opacifiedAt, shownContrast } from './xray-opacity.js';
import { structureGeometry, tubeWidth } from './structure-paths.js';
import type { LocatorCorner, SceneDevicePart } from './scene-types.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { deviceLabelId, isDeviceLabel } from './device-label-id.js';

const inFrame = ([x, y]: readonly number[], c: Camera) => x! > c.x && x! < c.x + c.w && y! > c.y && y! < c.y + c.h;
/** Whether a structure's label points at something in view (else it takes an edge arrow). */
const labelInFrame = (s: Structure, c: Camera) => {
  const to = labelAnchor(s, c);
  return !to || inFrame(to, c);
};

/** The anatomy explorer's tiers: organs, then ducts, vessels, and the skeleton last. */
const TIER = { organ: 0, duct: 1, vessel: 2, landmark: 3 } as const;
/** The explorer's order in a close-up: the ducts first. */
const CLOSE_UP_TIER = { duct: 0, organ: 1, vessel: 2, landmark: 3 } as const;
/** A camera at most this share of the overview's area is a close-up (the bile path's 0.37, the hilum's 0.11). */
const CLOSE_UP_AREA = 0.4;
/** At most this many explorer labels at once; the rest show on hover, tap or focus. */
const EXPLORE_BUDGET = 9;
/** Least screen px between two leaders' ends: closer, two names read as one pile on one spot. */
const LEADER_GAP = 16;
/** Screen px a device word's leader end keeps from any other device, away from its first choice. */
const OTHER_DEVICE_PX = 7;
/** A label budget this small is a phone's: the block's label drops its bracketed kind there. */
const PHONE_BUDGET = 4;
/** The major papilla: named beside a device across it, not dropped under it. */
const PAPILLA = LANDMARKS.papilla;
/** At most this many edge labels (arrows toward structures out of the frame) at once. */
const EDGE_LABELS = 2;
/** Structures far below a hilar block, unlabelled on its slides. */
const BELOW_HILUM = new Set(['pancreas', 'pancreatic-duct']);
/** Devices drawn with a pigtail loop. */
const PIGTAILS = new Set(['drain', 'across-drain']);

/** A word with its first letter in capitals, as the drawing's names are written. */
const capitalized = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);

/** Cache slot for label layouts (keyed like a structure). */
const LABELS = { id: 'labels' };

/**
 * The placed labels of a frame. Labels keep off ducts, vessels and devices where they can
 * (composition §14); a layout is kept per framing, label set and device set, not per frame,
 * so labels hold still while devices move and the same layout comes back as the same array.
 */
export function buildLabels(
  anatomy: Anatomy,
  input: SceneInput,
  frame: SceneFrame,
  /** The frame's drawn devices: labels keep off them. */
  drawn: readonly SceneDevicePart[] = [],
  /** The close-up locator's corner: labels keep out from under it; default top right. */
  corner: LocatorCorner = 'top-right',
  /**
   * A hovered structure: only its label is placed, among the frame's labels already standing (which stay where
   * they are), and returned alone; none when they name it already or it takes no label. Default: a whole layout.
   */
  hover?: { readonly id: string; readonly standing: readonly SceneLabel[] },
): readonly SceneLabel[] {
  const { chosen } = frame;
  const words = input.words ?? ENGLISH_WORDS;
  // A patient's step gets its own fixed label order (the device, the block, the liver, the gut).
  const patient = input.fullNames && input.moment && chosen && input.labels;
  const labelled: Structure[] = patient
    ? patientLabels(
        anatomy,
        input.camera,
        input.moment!.devices,
        frame.lesions,
        frame.order!,
        Math.min(4, frame.budget),
        input.words,
        (s) => frame.role(s) === 'focus' && frame.visible.includes(s),
        input.moment!.focus,
      )
    : [];
  const explored = patient && input.active ? anatomy.byId.get(input.active) : undefined;
  if (explored?.label && explored.plainName && !labelled.includes(explored)) labelled.push(explored);
  for (const s of patient ? [] : frame.visible) {
    if (!s.label || !input.labels) continue;
    // The structure being explored always shows its name.
    const shown = s.id === input.active || (chosen ? chosen.has(s.id) : (s.label.priority ?? 3) <= frame.maxPriority);
    if (shown && (!input.fullNames || s.plainName)) labelled.push(s);
  }
  // Step label sets keep the step's order (most important first); the structure being explored always stays.
  // A hilar block is the slide's subject: the pancreas and its duct, far below it, give way (issue 8, B1).
  if (frame.lesions.some((l) => l.kind === 'sleeve'))
    labelled.splice(0, labelled.length, ...labelled.filter((s) => !BELOW_HILUM.has(s.id)));
  const order = frame.order;
  if (order && !patient) labelled.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  else if (!patient) {
    // The explorer names what lies in view before what an edge arrow points to: a close-up of the hilum named the
    // liver, the gallbladder and "Duodenum →" on a phone, and none of the hilar ducts it frames.
    const away = new Map(labelled.map((s) => [s, labelInFrame(s, input.camera) ? 0 : 1]));
    // A close-up (a preset such as the hilum, or the user's zoom) is about the ducts it frames: they come before
    // the organs round them, which a phone's budget of four would otherwise fill.
    // The whole picture names by priority first: on a screen wide enough for priority-3 names, the organs' parts (the
    // gallbladder's neck, the lung base) came before every duct and filled the budget of nine, so a projector's
    // explorer named no bile duct where a laptop's named five (review, session 32).
    const { w, h } = input.camera;
    const close = w * h <= CLOSE_UP_AREA * OVERVIEW.w * OVERVIEW.h;
    const tier = close ? CLOSE_UP_TIER : TIER;
    const rank = (s: Structure) => s.label?.priority ?? 3;
    labelled.sort(
      (a, b) =>
        away.get(a)! - away.get(b)! ||
        (close ? 0 : rank(a) - rank(b)) ||
        tier[a.kind] - tier[b.kind] ||
        rank(a) - rank(b),
    );
  }
  const budget = patient ? Math.min(4, frame.budget) : chosen ? frame.budget : Math.min(EXPLORE_BUDGET, frame.budget);
  // Name the block, and a placed stent, first: they are what the step is about, and on a phone's budget of four
  // they would otherwise give way to the step's anatomy (a pancreatic duct named instead of a hilar tumour).
  // A block reaching into one side's branches is named on that side's hepatic duct, its label on that side.
  const side = lesionSide(frame.lesions);
  const first = namedLesion(frame.lesions, anatomy);
  const xray = input.view === 'fluoroscopy';
  const contrast = input.moment?.contrast;
  const washout = input.moment?.washout ?? {};
  const named =
    first && !patient && input.labels && chosen
      ? lesionLabel(
          first,
          anatomy,
          xray,
          input.words?.lesions,
          input.words?.xrayLesions,
          (input.moment?.devices ?? []).some((d) => drawsAs(d.kind) === 'stent' && (d.deploy ?? 0) >= STENTED_AT),
          input.words?.xrayStented,
        )
      : null;
  // On an X-ray a cut-off is where a contrast column stops: the label names that last opacified point, or nothing
  // while no column stops at the block (before the injection, or once contrast flows through a stent).
  const cut =
    xray && named && first!.kind !== 'ring' && first!.patency < OPEN_PATENCY
      ? cutOffPoint(anatomy, frame.lesions, shownContrast(contrast ?? {}, washout))
      : null;
  const lesion =
    named && xray && first!.kind !== 'ring' && first!.patency < OPEN_PATENCY
      ? cut && { ...named, label: { ...named.label!, to: cut }, shape: { type: 'point' as const, at: cut } }
      : named;
  // …when it is in view: an edge arrow to a block elsewhere only distracts from an access step. A phone names it
  // without the bracketed kind ("Tumour"), which finds room beside a drain across it.
  const block =
    lesion?.label?.to && inFrame(lesion.label.to, input.camera)
      ? frame.budget <= PHONE_BUDGET
        ? { ...lesion, short: lesion.name.replace(/\s*\(.*\)\s*$/, '') }
        : lesion
      : null;
  // The drain or stent a step places is what it is about: label 1 (issue 8, B1). A placed stent stays named on the
  // steps about something else (a projector shows it across the room).
  const steps = !patient && input.moment && input.labels && chosen ? input.moment : null;
  const placed = steps && focusDevice(steps.devices, steps.focus ?? [], input.camera);
  const subject = placed
    ? deviceLabel([placed.device], input.camera, words, undefined, capitalized(words.plain[placed.word]))
    : null;
  const stent =
    steps && placed?.word !== 'stent'
      ? deviceLabel(steps.devices, input.camera, words, 'stent', capitalized(words.plain.stent))
      : null;
  const devices = input.moment?.devices ?? [];
  const toBag = !!input.moment && (input.moment.bag > 0 || input.moment.flow.into === 'bag');
  // The tubing to a bag (the flank tubing of a left drain) counts as a device: no label box lies on it.
  const tubing = toBag ? bagTubing(devices) : [];
  // A leader's end keeps off a device's drawn width (a pigtail's wide casing), not just its centre line.
  const widths = drawn.flatMap((p) => deviceLines([p]).map((line) => ({ line, pad: p.width / 2 })));
  const loops = devices.flatMap((d) => {
    const disc = PIGTAILS.has(drawsAs(d.kind)) ? loopDisc(d.route, d.tip, d.curl, loopRadius(d.kind)) : null;
    return disc ? [disc] : [];
  });
  const tubes = tubing.map((line) => ({ line, pad: 0 }));
  // Each line and loop with its box: asked about every label's candidate spots, most are ruled out by the box alone.
  const boxed = [...widths, ...tubes].map(({ line, pad }) => ({ ...region(line), pad }));
  const rings = loops.map((l) => region(l, true));
  // A distance asked with a limit comes back as Infinity beyond it: a unit past the clearance, only "clear" matters.
  const offDevices = (p: Point) =>
    rings.every((r) => !near(r, p, 0) || !insidePolygon(p, r.points)) &&
    boxed.every(
      (r) =>
        !near(r, p, r.pad + OFF_DEVICE) ||
        distanceToPolyline(p, r.points, r.pad + OFF_DEVICE + 1) - r.pad >= OFF_DEVICE,
    ) &&
    rings.every((r) => !near(r, p, OFF_DEVICE) || distanceToPolyline(p, r.points, OFF_DEVICE + 1) >= OFF_DEVICE);
  // A point a device or a drawn tumour lies on (a pigtail or a hilar tumour at the confluence) keeps no label, nor
  // a place in the budget.
  const tumours = xray ? [] : lesionAreas(anatomy, frame);
  const hidden = (p: Point) => !offDevices(p) || tumours.some((l) => insidePolygon(p, l));
  const covered = (s: Structure) =>
    s.shape.type === 'point' &&
    s.id !== 'lesion' &&
    s.id !== PAPILLA &&
    !isDeviceLabel(s.id) &&
    !!s.label?.to &&
    inFrame(s.label.to, input.camera) &&
    hidden(s.label.to);
  labelled.splice(0, labelled.length, ...labelled.filter((s) => !covered(s)));
  // A step whose device runs through the papilla is about crossing it: the papilla comes first after the device and
  // the block, so a phone's few labels still name it (issue 8, round 8).
  const crossed = labelled.findIndex((s) => s.id === PAPILLA && !!s.label?.to && hidden(s.label.to));
  if (crossed > 0) labelled.unshift(...labelled.splice(crossed, 1));
  // Reading order: the device, then the block (placement-priority.ts still places the block first).
  const leading = [subject, block, stent].filter((s): s is Structure => !!s);
  const room = Math.max(0, budget - leading.length);
  const activeAt = labelled.findIndex((s) => s.id === input.active);
  if (activeAt >= room && room > 0) labelled.splice(room - 1, 0, ...labelled.splice(activeAt, 1));
  labelled.splice(room);
  labelled.unshift(...leading);
  const marks = input.labels
    ? [
        ...numerals(anatomy, chosen, frame.labelSize, !!input.fullNames, input.camera, input.view === 'fluoroscopy'),
        ...measured(anatomy, input, frame),
      ]
    : [];
  // The T12 arrow carries its own "T12": no separate label for it.
  const t12 = labelled.findIndex((l) => l.id === LANDMARKS.aimLine.toward);
  if (t12 >= 0 && marks.some((m) => m.structureId === LANDMARKS.aimLine.toward)) labelled.splice(t12, 1);
  // A device's word follows its tip, in steps of 8 units: the layout's key is the rest (`base`) and where they point.
  const points = new Map(
    labelled.flatMap((s) => (isDeviceLabel(s.id) ? [[s.id, s.label!.to!.map((v) => Math.round(v / 8))] as const] : [])),
  );
  const distension = input.distension ?? 0;
  const emptying = distension > 0 && distension < 1;
  const base = stateKey([
    input.camera,
    corner,
    frame.labelSize,
    labelled.map((s) => s.id),
    // What the step highlights stays in view (`inView` below).
    input.moment?.highlight,
    emptying,
    devices.map((d) => d.id).join(','),
    // The stent type sets the length the measure step orders, so its figures' text.
    input.moment?.stent,
    toBag,
    input.fullNames,
    input.view === 'fluoroscopy',
    // On an X-ray a duct's leader ends where contrast fills it: the layout follows the filled stretches.
    input.view === 'fluoroscopy'
      ? labelled.map((s) => (input.moment?.contrast[s.id] ?? []).map((f) => Math.round(f * 20)))
      : null,
    // While a balloon or stent widens a block the labels hold: they follow whether it is open and what it is
    // called, not its lumen (a placement that now lies on a device is re-placed below).
    frame.lesions.map((l) => [l.duct, l.span, l.kind, l.patency >= OPEN_PATENCY]),
    lesion?.name,
    cut?.map(Math.round),
    input.viewport,
    marks.map((m) => m.id),
    // The selected structure's label is placed first (placement-priority.ts), even where the set is the same.
    input.active,
  ]);
  const key = `${base}|${[...points.values()].join(';')}`;
  const lines = [...deviceLines(drawn), ...tubing];
  const gallbladder = frame.visible.find((s) => s.id === LANDMARKS.gallbladder);
  // What every placement in this frame shares, made once on the first (a frame may place a word among the others
  // and then all of them).
  const prepare = () => {
    // Its widest drawn stretch (the ends and middle; a dilated duct is widest at the hilum, a tapered one at its end).
    const halfWidth = (s: Structure) => Math.max(...[0, 0.5, 1].map((f) => tubeWidth(s, f, frame.stateOf(s.id)))) / 2;
    const walls = frame.visible.flatMap((s) =>
      s.shape.type === 'tube' && s.layer !== 'duodenum'
        ? [{ line: s.shape.centerline, pad: s.kind === 'duct' ? halfWidth(s) : 0, id: s.id }]
        : [],
    );
    const obstacles = [
      ...walls.map((w) => w.line),
      ...devices.map((d) => slicePolyline(d.route, d.tail, d.tip).filter((_, i) => i % 3 === 0)),
      ...tubing.map((t) => t.filter((_, i) => i % 3 === 0)),
      // A name is not written over a gallstone.
      ...(gallbladder && input.moment?.stones?.length
        ? (lazyCavityDrawing()
            ?.gallstoneShapes(gallbladder, frame.stateOf(gallbladder.id), input.moment.stones)
            .map((s) => [...s, s[0]!]) ?? [])
        : []),
    ];
    const paired = cached(anatomy, { id: 'sides' }, '', () => pairedSides(anatomy));
    const sides = side ? new Map([...paired, ['lesion', side] as const]) : paired;
    const locator = locatorBox(input.camera, input.viewport, input.fullNames, corner);
    const { labelSize: size, ppu } = frame;
    const found = anchorFinder(anatomy, input, frame, [...widths, ...tubes], locator, loops);
    // The drawing's block may be named anywhere on the tumour (an X-ray's only where the contrast shows it).
    const spotted = patient ? frame.lesions[0] : first;
    // A device's word may point anywhere along what is drawn of it.
    const anchors = (s: Structure, beyond?: boolean) => {
      const device = isDeviceLabel(s.id) ? devices.find((d) => deviceLabelId(d.id) === s.id) : undefined;
      if (device) {
        // Away from its first point, not beside another device's body (a safety drain along a stent): it would name that.
        const clear = clearOf(
          drawn.filter((p) => p.deviceId !== device.id && p.part !== 'wire'),
          OTHER_DEVICE_PX,
          ppu,
        );
        const unlooped = (p: Point) => !loops.some((l) => insidePolygon(p, l));
        // Inside another device (a balloon within a stent) no point is clear of it: those points come last, so the
        // device is still named rather than dropped.
        const every = deviceSpots(device);
        const all = every.filter((p) => inFrame(p, input.camera) && unlooped(p));
        const first = all[0] && all[0] === every[0] ? [all[0]] : [];
        const rest = all.filter((p) => !first.includes(p));
        const spots = [...first, ...rest.filter(clear), ...rest.filter((p) => !clear(p))];
        if (drawsAs(device.kind) !== 'stent') return spots;
        // A stent is wide: its word points at the mesh's edge, where a box beside it keeps a short leader.
        const mesh = drawn.filter((p) => p.deviceId === device.id).flatMap((p) => deviceLines([p]).flat());
        const edges = spots.flatMap((p) => meshEdges(p, device.route, mesh)).filter((p) => inFrame(p, input.camera));
        return [...edges, ...spots];
      }
      // A papilla a device runs through (a catheter or stent across it) is what a distal step is about: its leader
      // ends on its mound or the bowel wall beside the device's exit, 3 mm off it as every leader (issue 8, round 8).
      if (s.id === PAPILLA && s.label?.to && inFrame(s.label.to, input.camera) && !offDevices(s.label.to)) {
        const spots = papillaSpots(s, anatomy.byId.get(s.parent ?? ''));
        // Not on a duct that opens on it: up the wall from the papilla the bile duct runs in it, and a leader
        // ending there names the duct (round 8: on a film the word pointed 1 cm up the CBD).
        const ducts = frame.visible
          .filter((d) => d.kind === 'duct' && d.parent === s.id)
          .map((d) => structureGeometry(d, frame.stateOf(d.id)));
        const onDuct = (p: Point) => ducts.some((o) => insidePolygon(p, o));
        return spots.filter((p) => inFrame(p, input.camera) && offDevices(p) && !onDuct(p));
      }
      // A point a device lies on (a pigtail at the confluence) keeps no label: its leader would name the device.
      if (s.id !== 'lesion' && s.shape.type === 'point' && s.label?.to && inFrame(s.label.to, input.camera))
        return offDevices(s.label.to) ? null : [];
      if (s.id !== 'lesion' || !spotted || xray || !s.label?.to) return found(s, beyond);
      // A catheter through a scar covers its middle: the leader ends on the scar in its wall, beside the device.
      // A drain wider than the scarred duct hides it all: then the leader ends just beside the drain, in the wall.
      const clear = (px: number) => clearOf(drawn, px, ppu);
      const spots = lesionSpots(spotted, anatomy, s.label.to, frame.stateOf(spotted.duct));
      const bare = spots.filter(clear(OTHER_DEVICE_PX));
      const beside = spots.flatMap((p) => (bare.includes(p) ? [] : besideDevices(p, s.label!.to!, clear(2), ppu)));
      return [...bare, ...beside, ...spots.filter((p) => !bare.includes(p))].filter((p) => inFrame(p, input.camera));
    };
    // Every audience's labels keep off the devices and the "toward T12" arrow, and leaders end apart (no pile of
    // names on one spot).
    const arrow = chosen?.has(LANDMARKS.aimLine.toward) ? aimArrow(anatomy) : [];
    // The X-ray shows no tumour or scar (a block is where its contrast stops): nothing to keep off there.
    const lesions = xray ? [] : lesionAreas(anatomy, frame);
    // A box keeps off a device's drawn width, not just its centre line (`lines` runs as `widths`, then the tubing).
    const devicePads = [...widths.map((w) => w.pad), ...tubing.map(() => 0), ...arrow.map(() => 0)];
    // While the gallbladder empties the layout holds (its key takes only `emptying`): placed off the distended
    // outline, a name stays off the shrinking one, even in a step replayed from its end.
    const bladder = gallbladder
      ? structureGeometry(gallbladder, {
          ...frame.stateOf(gallbladder.id),
          ...(emptying && { outlineState: 'distended', outlineMix: 1 }),
        })
      : null;
    // What the step highlights (the segment III duct a left puncture aims at) stays in view.
    const highlight = new Set(input.moment?.highlight ?? []);
    const inView = frame.visible.flatMap((s) =>
      highlight.has(s.id) && s.shape.type === 'tube' ? [{ id: s.id, line: s.shape.centerline }] : [],
    );
    const keepOff = input.fullNames
      ? {
          anchors,
          devices: [...lines, ...arrow],
          devicePads,
          gap: LEADER_GAP / ppu,
          lesions,
          inView,
          // A lay reader takes a word on the gallbladder for its name: "lump" there reads as the gallbladder. The
          // ducts' plain names are long, and a selected cystic duct must still find room beside it.
          gallbladder: bladder,
          blockOffGallbladder: true,
          ductsOffGallbladder: false,
        }
      : {
          anchors,
          devicePads,
          lesions,
          inView,
          devices: [...lines, ...arrow],
          gallbladder: bladder,
          // On a film the block's word ("Cut-off") reads as the gallbladder's, and so does "Tumour" written on it in
          // the illustration (a printed handout's small pictures). A scar's word may stand on it: kept off, the
          // anastomotic scar's leader ran along the drain (HJ case).
          blockOffGallbladder: xray || frame.lesions.some((l) => l.kind !== 'ring'),
          gap: LEADER_GAP / ppu,
          arrows: EDGE_LABELS,
        };
    // A name on a dilated duct's wall lies on it; a vessel, the step's backdrop, counts by its centre line only (padded
    // too, the names pushed off the ducts crowded the pancreas: the papilla's went onto the gallbladder in a handout).
    // A scar's name keeps its place beside the catheter through the scar: scored by what it covers, its leader ran
    // along the balloon's catheter after deflation (scar-label.test.ts). A film's "Cut-off" too: scored by what it
    // covers, it took the nearest spot, on the end of the contrast column, the very sign it names.
    const blockByLines = xray || frame.lesions.some((l) => l.kind === 'ring');
    return {
      obstacles,
      sides,
      locator,
      size,
      ppu,
      anchors,
      keepOff: {
        ...keepOff,
        obstaclePads: walls.map((w) => w.pad),
        obstacleOwners: walls.map((w) => w.id),
        byLines: (s: Structure) => s.id === 'lesion' && blockByLines,
        // The papilla's and a device's ends (papillaSpots, deviceSpots) are chosen for what they show.
        endsChosen: (s: Structure) => s.id === PAPILLA || isDeviceLabel(s.id),
      },
    };
  };
  let prepared: ReturnType<typeof prepare> | undefined;
  let placedNow = false;
  const place = (structures: readonly Structure[] = labelled, standing: readonly SceneLabel[] = []) => {
    placedNow = true;
    const { obstacles, sides, locator, size, ppu, keepOff } = (prepared ??= prepare());
    const layout = (byLines?: KeepOff['byLines'], apartFromNames = true) =>
      placeLabels(
        structures,
        input.camera,
        size,
        3 / ppu,
        obstacles,
        input.fullNames,
        !chosen,
        marks,
        40 / ppu,
        sides,
        [...(locator ? [locator] : [])],
        // What the user selected or points at is named first, on more lines if one finds no room.
        {
          ...keepOff,
          ...(byLines && { byLines }),
          apartFromNames,
          priority: placementPriority(input.active, subject?.id),
          standing,
          wraps: (s) => s.id === input.active || s.id === hover?.id,
        },
      );
    const covering = layout();
    // One name alone finds room or not whatever the score (a hovered name): only a layout of several can differ.
    if (covering.length === structures.length || structures.length < 2) return covering;
    // Names kept off the ducts and off each other may take more room: where a layout that lets a leader end beside
    // another name (a patient's "chosen bile tube" on a phone), or one that also scores every name by the lines it
    // crosses (hilar IIIa's "R posterior duct", the patient handout's "gut"), names more, the first that does stands.
    let most = covering;
    for (const next of [() => layout(undefined, false), () => layout(() => true, false)]) {
      const found = next();
      if (found.length > most.length) most = found;
      if (most.length === structures.length) break;
    }
    return most;
  };
  // A duct with no contrast in it is marked (the X-ray view hides its label).
  // A point on the biliary tree (the papilla) shows only where contrast or a device reaches it.
  const shown = contrast && xray ? shownContrast(contrast, washout) : {};
  const unfilled = (l: SceneLabel) =>
    !!contrast &&
    ((l.kind === 'duct' && (!contrast[l.structureId] || (washout[l.structureId] ?? 0) >= 0.99)) ||
      (xray &&
        !!biliaryPoint(anatomy, l.structureId) &&
        !opacifiedAt(anatomy, shown, biliaryPoint(anatomy, l.structureId)!, REACH, lines)));
  if (hover) {
    const s = anatomy.byId.get(hover.id);
    const takes =
      !!s?.label &&
      input.labels &&
      (patient ? !!s.plainName : frame.visible.includes(s) && (!input.fullNames || !!s.plainName)) &&
      // A rib's numeral is a mark, not its label: hovered, the rib is named too.
      !hover.standing.some((l) => l.id === `label-${s.id}`);
    return takes ? place([s], hover.standing).map((l) => (unfilled(l) ? { ...l, unfilled: true } : l)) : [];
  }
  // Labels hold still while devices move, until a device reaches one: then it is placed again (an inflating
  // balloon, a stent opening under a label), keyed by where the devices are drawn.
  // A re-placed layout is kept while no label of it lies on the devices either, so a stent opening under a label
  // moves it once, not every frame.
  // A held leader whose end a moving device now reaches (a catheter passing the duct it names) counts too: it would
  // name the device (issue 8, round 8: leaders part-way through a step).
  const stale = (l: SceneLabel) =>
    onLines(l, lines) ||
    onLines(
      l,
      widths.map((w) => w.line),
      widths.map((w) => w.pad),
    ) ||
    (!!l.leader &&
      l.structureId !== 'lesion' &&
      !isDeviceLabel(l.structureId) &&
      !offDevices([l.leader[2], l.leader[3]])) ||
    left(l);
  // A device's held word whose leader end its device has drawn back from (a braided stent shortening as it opens)
  // would point at nothing.
  const left = (l: SceneLabel) => {
    if (!l.leader || !isDeviceLabel(l.structureId)) return false;
    const own = drawn.filter((d) => deviceLabelId(d.deviceId) === l.structureId);
    return deviceLines(own).length > 0 && clearOf(own, LEFT_PX, frame.ppu)([l.leader[2], l.leader[3]]);
  };
  // While a device moves a little, only its word is placed again, among the others left standing: placing the whole
  // layout each 8 units made a long frame of every frame of a fast move (issue 9). A jump (a seek, another step)
  // places them all, as does a word that finds no room among the others.
  // The labels of `redo` placed again among the others, which stand; null where another stands on a device now, or
  // one of `redo` that had a place finds none (placed all together, it might).
  const around = (layout: readonly SceneLabel[], redo: readonly Structure[]): readonly SceneLabel[] | null => {
    const standing = layout.filter((l) => !redo.some((s) => s.id === l.structureId));
    if (!redo.length || standing.some(stale)) return null;
    // Names the layout had no room for are tried again too: a withdrawn drain leaves a duct to point at.
    const unplaced = labelled.filter((s) => !redo.includes(s) && !layout.some((l) => l.structureId === s.id));
    const fresh = place([...redo, ...unplaced], standing);
    // One with nowhere left to point (a duct the stent now fills) has no label placed with the others either.
    const lost = (s: Structure) =>
      layout.some((l) => l.structureId === s.id) &&
      !fresh.some((l) => l.structureId === s.id) &&
      !(
        (prepared ??= prepare()).anchors(s)?.length === 0 &&
        (s.shape.type === 'point' || visiblePoints(s, input.camera).length)
      );
    if (redo.some(lost)) return null;
    const at = (l: SceneLabel) => labelled.findIndex((s) => s.id === l.structureId);
    return [...standing, ...fresh].sort((a, b) => at(a) - at(b));
  };
  const prior = followed(anatomy).get(base);
  const moved = labelled.filter((s) => {
    const [was, now] = [prior?.points.get(s.id), points.get(s.id)];
    return !!was && !!now && (was[0] !== now[0] || was[1] !== now[1]);
  });
  const close = moved.every((s) => {
    const [was, now] = [prior!.points.get(s.id)!, points.get(s.id)!];
    return Math.abs(was[0]! - now[0]!) <= FOLLOW && Math.abs(was[1]! - now[1]!) <= FOLLOW;
  });
  const follows = !!prior && prior.key !== key && close;
  const held = cached(anatomy, LABELS, key, () => (follows && around(prior.layout, moved)) || place());
  const reached = labelled.filter((s) => held.some((l) => l.structureId === s.id && stale(l)));
  const last = reached.length ? lastMoved(anatomy).get(key) : undefined;
  const layoutKey = !reached.length
    ? key
    : last && !last.layout.some(stale)
      ? last.key
      : `${key}|moved|${reach(lines)}`;
  // Labels a device now reaches are placed again among the others, which stand (all are, where one finds no room).
  const kept =
    last?.key === layoutKey ? last.layout : cached(anatomy, LABELS, layoutKey, () => around(held, reached) ?? place());
  if (layoutKey !== key) lastMoved(anatomy).set(key, { key: layoutKey, layout: kept });
  // A layout held since its step began keeps out the names it had no room for then. As the devices move on (about
  // 5 mm, or a quarter of an opening), those are tried again among the others, which stand: a withdrawn drain or an
  // opened stent leaves the duct it covered to be named, as a fresh layout names it.
  const missing = labelled.filter((s) => !kept.some((l) => l.structureId === s.id));
  const roomKey = missing.length ? `${layoutKey}|room|${devicesAt(devices)}` : layoutKey;
  // Placed in this frame, what found no room finds none again.
  const retried = missing.length
    ? cached(anatomy, LABELS, roomKey, () => (placedNow ? kept : (around(kept, missing) ?? kept)))
    : kept;
  // A name found room that a device has reached since (within the same 5 mm) waits for the next try.
  const layout = retried.some((l) => !kept.includes(l) && stale(l)) ? kept : retried;
  const shownKey = layout === kept ? layoutKey : roomKey;
  followed(anatomy).set(base, { key, points, layout });
  // The numerals follow the labels. The result is kept while the same set is unfilled, so the renderer sees the
  // same array.
  const empty = layout.filter(unfilled).map((l) => l.structureId);
  if (!empty.length && !marks.length) return layout;
  return cached(anatomy, LABELS, `${shownKey}|unfilled|${empty.join(',')}`, () => [
    ...layout.map((l) => (empty.includes(l.structureId) ? { ...l, unfilled: true } : l)),
    ...marks,
  ]);
}

/** Where the devices are, to about 5 mm along their routes and a quarter of a curl, opening or inflation. */
function devicesAt(devices: readonly DeviceState[]): string {
  return devices
    .map((d) =>
      [
        d.tip / 16,
        d.tail / 16,
        d.curl * 4,
        d.opacity * 2,
        (d.inflation ?? 0) * 4,
        (d.effacement ?? 0) * 4,
        (d.deploy ?? 0) * 4,
      ]
        .map(Math.round)
        .join(':'),
    )
    .join(',');
}

/** Whether a point lies at least `px` screen px off the drawn bodies of `parts` (each line at its half width). */
function clearOf(parts: readonly SceneDevicePart[], px: number, ppu: number): (p: Point) => boolean {
  const bodies = parts.flatMap((p) => deviceLines([p]).map((l) => [l, p.width / 2] as const));
  return (p) => bodies.every(([l, w]) => (distanceToPolyline(p, l, w + px / ppu + 1) - w) * ppu >= px);
}

/** Screen px a held device word's leader end may lie off its device before the word is placed again. */
const LEFT_PX = 1.5;

/** Buckets (of 8 units) a device's word may move between two frames and still be placed alone. */
const FOLLOW = 2;

/** A layout shown, with its key and where its device words pointed. */
interface Shown {
  readonly key: string;
  readonly points: ReadonlyMap<string, readonly number[]>;
  readonly layout: readonly SceneLabel[];
}

/**
 * The last layout shown per key less where device words point, per anatomy: two widgets playing at once on one
 * anatomy each follow their own (a few dozen kept).
 */
const followed = perAnatomy<Shown>(50);

/** The latest re-placed layout per held layout's key, per anatomy (a few hundred kept). */
const lastMoved = perAnatomy<{ key: string; layout: readonly SceneLabel[] }>(200);

/** Units (about 3 mm) from a landmark within which contrast or a device makes it visible on an X-ray. */
const REACH = 9;

/** The point of a landmark on the biliary tree (the papilla, the ampulla, an anastomosis), else null. */
function biliaryPoint(anatomy: Anatomy, id: string): Point | null {
  const s = anatomy.byId.get(id);
  return s?.kind === 'landmark' && s.tone === 'bile' && s.shape.type === 'point' ? s.shape.at : null;
}

/** A short signature of where the devices are drawn, to 4 units. */
function reach(lines: readonly (readonly (readonly number[])[])[]): string {
  let h = 0;
  for (const v of lines.flat(2)) h = (Math.imul(h, 31) + Math.round(v / 4)) | 0;
  return h.toString(36);
}

/** The measure step's numerals (clinicians only: a patient's drawing keeps the brackets without figures). */
function measured(anatomy: Anatomy, input: SceneInput, frame: SceneFrame): SceneLabel[] {
  // The measure step's chunk comes with a procedure that measures (lazy-devices.ts).
  const measure = lazyMeasureDrawing();
  const at = input.fullNames || !measure ? null : measure.measureLayout(anatomy, input.moment?.devices ?? [], frame);
  return at
    ? measure!.measureNumerals(
        at.m,
        at.brackets,
        frame.ppu,
        frame.labelSize * 0.85,
        input.camera.x,
        input.words,
        input.moment?.stent,
      )
    : [];
}

/** Screen px a covered leader end may move out from the block's axis to come out beside a device. */
const BESIDE_PX = 8;

/** A point moved out from `from` through `p`, up to BESIDE_PX, to the first place `bare`; none if it stays covered. */
function besideDevices(p: Point, from: readonly number[], bare: (q: Point) => boolean, ppu: number): Point[] {
  const [dx, dy] = [p[0] - from[0]!, p[1] - from[1]!];
  const len = hypot(dx, dy);
  if (len < 1e-6) return [];
  for (let px = 1; px <= BESIDE_PX; px++) {
    const q: Point = [p[0] + (dx / len) * (px / ppu), p[1] + (dy / len) * (px / ppu)];
    if (bare(q)) return [q];
  }
  return [];
}
