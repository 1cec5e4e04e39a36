/**
 * Geometry of the diagrams, kept apart from React so it can be tested alone. A diagram is a row
 * of panels; each panel is a stack of layers (hardware at the bottom) or a set of bars. Every
 * panel of a diagram has the same width, so panels on one line are drawn at the same scale.
 *
 * Units are SVG user units. A panel is `PANEL_WIDTH` units wide and drawn at least 224 CSS pixels
 * wide (see styles.module.css), so a font size here renders at no less than 0.93 of its value.
 */

/** What a box stands for; each has its own colour in both colour modes. */
export type Tone =
  | 'hardware'
  | 'hostOs'
  | 'kernel'
  | 'hypervisor'
  | 'runtime'
  | 'guestOs'
  | 'virtualHardware'
  | 'libs'
  | 'app';

export interface Layer {
  readonly label: string;
  readonly tone: Tone;
}

/** A VM or a container (or, with no frame, a bare application): parts from top to bottom. */
export interface Unit {
  readonly frame: { readonly label: string; readonly kind: 'vm' | 'container' } | null;
  readonly parts: readonly Layer[];
}

export interface StackModel {
  readonly kind: 'stack';
  readonly title: string;
  /** Side by side, on top of the base layers; all units of a stack have the same parts. */
  readonly units: readonly Unit[];
  /** From top to bottom. */
  readonly base: readonly Layer[];
}

export interface BarRow {
  readonly label: string;
  readonly segments: readonly (Layer & { readonly size: number })[];
}

export interface BarsModel {
  readonly kind: 'bars';
  readonly title: string;
  readonly rows: readonly BarRow[];
  /** Size of the longest possible bar, so that panels drawn to the same scale compare. */
  readonly scale: number;
}

export type PanelModel = StackModel | BarsModel;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TextBox extends Box {
  readonly lines: readonly string[];
  readonly fontSize: number;
}

export interface ShapeBox extends TextBox {
  readonly tone: Tone;
}

export interface FrameBox extends TextBox {
  readonly kind: 'vm' | 'container';
}

export interface PanelLayout {
  readonly width: number;
  readonly height: number;
  readonly title: TextBox;
  readonly frames: readonly FrameBox[];
  readonly shapes: readonly ShapeBox[];
  /** Labels drawn on the panel itself, above bars. */
  readonly labels: readonly TextBox[];
}

export const PANEL_WIDTH = 240;
const PAD = 6;
const GAP = 5;
const LAYER_FONT = 13;
const PART_FONT = 12;
const FRAME_FONT = 11;
const TITLE_FONT = 14;
const LINE = 1.25;
const FRAME_LABEL = 17;
const FRAME_PAD = 3;
const BAR_HEIGHT = 30;

/** Lines of a label: translators break long labels with a newline. */
export function linesOf(label: string): string[] {
  return label.split('\n');
}

/**
 * Approximate rendered width of a line of text: Hangul and other wide glyphs take a full em,
 * Latin letters, digits and punctuation about 0.62 em (a conservative average for sans-serif).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    ems += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u303f\uff00-\uffef]/.test(char)
      ? 1
      : 0.62;
  }
  return ems * fontSize;
}

const boxHeight = (lines: number, fontSize: number): number =>
  Math.round(lines * fontSize * LINE + 14);

function stackHeight(model: StackModel): number {
  const parts = model.units[0]?.parts ?? [];
  const framed = model.units[0]?.frame != null;
  const partsHeight =
    parts.reduce((sum, part) => sum + boxHeight(linesOf(part.label).length, PART_FONT), 0) +
    GAP * Math.max(0, parts.length - 1);
  const unitHeight = partsHeight + (framed ? FRAME_LABEL + FRAME_PAD : 0);
  const baseHeight = model.base.reduce(
    (sum, layer) => sum + boxHeight(linesOf(layer.label).length, LAYER_FONT) + GAP,
    0,
  );
  return unitHeight + GAP + baseHeight;
}

function barsHeight(model: BarsModel): number {
  return model.rows.length * (PART_FONT * LINE + 4 + BAR_HEIGHT + 10);
}

const titleHeight = (model: PanelModel): number =>
  linesOf(model.title).length * TITLE_FONT * LINE + 10;

function contentHeight(model: PanelModel): number {
  return model.kind === 'stack' ? stackHeight(model) : barsHeight(model);
}

function layoutStack(model: StackModel, top: number): Omit<PanelLayout, 'title' | 'height'> {
  const shapes: ShapeBox[] = [];
  const frames: FrameBox[] = [];
  const inner = PANEL_WIDTH - 2 * PAD;
  const count = Math.max(1, model.units.length);
  const unitWidth = (inner - GAP * (count - 1)) / count;
  let bottom = top;
  model.units.forEach((unit, index) => {
    const x = PAD + index * (unitWidth + GAP);
    const inset = unit.frame ? FRAME_PAD : 0;
    let y = top + (unit.frame ? FRAME_LABEL : 0);
    for (const part of unit.parts) {
      const lines = linesOf(part.label);
      const height = boxHeight(lines.length, PART_FONT);
      const box = { x: x + inset, y, width: unitWidth - 2 * inset, height };
      shapes.push({ ...box, tone: part.tone, lines, fontSize: PART_FONT });
      y += height + GAP;
    }
    y += inset - GAP;
    if (unit.frame) {
      const box = { x, y: top, width: unitWidth, height: y - top };
      frames.push({
        ...box,
        kind: unit.frame.kind,
        lines: [unit.frame.label],
        fontSize: FRAME_FONT,
      });
    }
    bottom = Math.max(bottom, y);
  });
  let y = bottom + GAP;
  for (const layer of model.base) {
    const lines = linesOf(layer.label);
    const height = boxHeight(lines.length, LAYER_FONT);
    shapes.push({ x: PAD, y, width: inner, height, tone: layer.tone, lines, fontSize: LAYER_FONT });
    y += height + GAP;
  }
  return { width: PANEL_WIDTH, frames, shapes, labels: [] };
}

function layoutBars(model: BarsModel, top: number): Omit<PanelLayout, 'title' | 'height'> {
  const shapes: ShapeBox[] = [];
  const labels: TextBox[] = [];
  const inner = PANEL_WIDTH - 2 * PAD;
  let y = top;
  for (const row of model.rows) {
    labels.push({
      x: PAD,
      y,
      width: inner,
      height: PART_FONT * LINE,
      lines: [row.label],
      fontSize: PART_FONT,
    });
    y += PART_FONT * LINE + 4;
    let x = PAD;
    for (const segment of row.segments) {
      const width = (segment.size / model.scale) * inner;
      shapes.push({
        x,
        y,
        width,
        height: BAR_HEIGHT,
        tone: segment.tone,
        lines: linesOf(segment.label),
        fontSize: PART_FONT,
      });
      x += width;
    }
    y += BAR_HEIGHT + 10;
  }
  return { width: PANEL_WIDTH, frames: [], shapes, labels };
}

/**
 * Lays out the panels of one diagram. Each panel is as tall as its own content plus the tallest
 * title of the diagram; panels sharing a line are aligned at the bottom (see styles.module.css),
 * so their titles, and the hardware of their stacks, line up.
 */
export function layoutPanels(models: readonly PanelModel[]): PanelLayout[] {
  const titles = Math.max(...models.map(titleHeight));
  return models.map((model) => {
    const content = contentHeight(model);
    const body = model.kind === 'stack' ? layoutStack(model, PAD) : layoutBars(model, PAD);
    return {
      ...body,
      height: Math.ceil(PAD + content + titles),
      title: {
        x: PAD,
        y: PAD + content + 4,
        width: PANEL_WIDTH - 2 * PAD,
        height: titles - 4,
        lines: linesOf(model.title),
        fontSize: TITLE_FONT,
      },
    };
  });
}

/** Boxes whose label would not fit inside them (checked for every language in the tests). */
export function overflowingLabels(layout: PanelLayout): string[] {
  const boxes: TextBox[] = [layout.title, ...layout.frames, ...layout.shapes, ...layout.labels];
  return boxes.flatMap((box) =>
    box.lines
      .filter((line) => textWidth(line, box.fontSize) > box.width - 6)
      .map((line) => `"${line}" is wider than its ${String(Math.round(box.width))}-unit box`),
  );
}
