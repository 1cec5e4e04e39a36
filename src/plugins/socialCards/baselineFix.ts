/**
 * A workaround for google/fonts#9838 ("Nanum Gothic: letter Ii is lower than baseline"). The Google
 * Fonts build of Nanum Gothic, which @fontsource/nanum-gothic ships, raised every glyph onto a new
 * baseline (by 44 units in the regular, 51 in the bold) except a few, which it left below the line:
 * "i" in both weights, also "I", "j", "J", "Y" and "=" in the regular. On a card, "virtual" then
 * reads "vırtual". This moves those glyphs up by the same amount, in memory, before satori reads the
 * font; nothing is written to disk.
 *
 * Each glyph is named with its lowest point (yMin) as shipped: if a new release of the package
 * fixes or changes one, the build fails here (rather than moving it twice), and the entry can go.
 * The code reads only what it needs of the TrueType format: WOFF 1.0 tables, cmap format 4,
 * simple glyphs.
 */
import { inflateSync } from 'node:zlib';

export interface BaselineFix {
  /** Font units to move the glyphs up by. */
  readonly raise: number;
  /** Character → its glyph's yMin as shipped (before the fix). */
  readonly glyphs: Readonly<Record<string, number>>;
}

/** The fixes for @fontsource/nanum-gothic 5.x, by font weight. */
export const NANUM_GOTHIC_BASELINE_FIXES: Readonly<Record<number, BaselineFix>> = {
  400: { raise: 44, glyphs: { i: -43, I: -43, j: -198, J: -56, Y: -43, '=': 183 } },
  700: { raise: 51, glyphs: { i: -51 } },
};

type Tables = Map<string, Buffer>;

/** The tables of a WOFF 1.0 file, uncompressed, and its flavor (the sfnt version). */
export function woffTables(woff: Buffer, file: string): { flavor: number; tables: Tables } {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${file} is not a WOFF 1.0 font`);
  const tables: Tables = new Map();
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    tables.set(
      woff.toString('latin1', entry, entry + 4),
      compressed < length ? inflateSync(data) : data,
    );
  }
  return { flavor: woff.readUInt32BE(4), tables };
}

/** A TrueType (sfnt) file from its tables. */
export function sfnt(flavor: number, tables: Tables): Buffer {
  const tags = [...tables.keys()].sort();
  const header = Buffer.alloc(12 + 16 * tags.length);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) ?? Buffer.alloc(0);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    let checksum = 0;
    for (let at = 0; at < padded.length; at += 4) {
      checksum = (checksum + padded.readUInt32BE(at)) >>> 0;
    }
    header.write(tag, 12 + i * 16, 'latin1');
    header.writeUInt32BE(checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(data.length, 24 + i * 16);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function table(tables: Tables, tag: string, file: string): Buffer {
  const data = tables.get(tag);
  if (!data) throw new Error(`${file} has no ${tag} table`);
  return data;
}

/** The glyph id of a character of the Basic Multilingual Plane (cmap format 4); 0 when absent. */
function glyphId(cmap: Buffer, character: string, file: string): number {
  const code = character.codePointAt(0) ?? 0;
  let subtable = -1;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const offset = cmap.readUInt32BE(8 + i * 8);
    if (cmap.readUInt16BE(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error(`${file}: no cmap subtable of format 4`);
  const segments = cmap.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    if (cmap.readUInt16BE(ends + i * 2) < code) continue;
    const start = cmap.readUInt16BE(starts + i * 2);
    if (start > code) return 0;
    const delta = cmap.readInt16BE(deltas + i * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + i * 2);
    if (rangeOffset === 0) return (code + delta) & 0xffff;
    const glyph = cmap.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (code - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

/** Where each glyph starts in glyf (numGlyphs + 1 offsets). */
function glyphOffsets(tables: Tables, file: string): number[] {
  const loca = table(tables, 'loca', file);
  const long = table(tables, 'head', file).readInt16BE(50) === 1;
  const count = table(tables, 'maxp', file).readUInt16BE(4) + 1;
  return Array.from({ length: count }, (_, i) =>
    long ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2,
  );
}

/** A glyph's lowest point as its header states it. */
export function glyphYMin(tables: Tables, character: string, file: string): number | undefined {
  const id = glyphId(table(tables, 'cmap', file), character, file);
  if (id === 0) return undefined;
  const offsets = glyphOffsets(tables, file);
  return table(tables, 'glyf', file).readInt16BE((offsets[id] ?? 0) + 4);
}

const ON_CURVE_AND_X = 0x01 | 0x02 | 0x10 | 0x40;
const REPEAT = 0x08;
const Y_SHORT = 0x04;
const Y_SAME_OR_POSITIVE = 0x20;

/** A simple glyph moved up by `raise` units; its y coordinates are rewritten as 16-bit values. */
function raiseGlyph(glyph: Buffer, raise: number, where: string): Buffer {
  const contours = glyph.readInt16BE(0);
  if (contours <= 0) throw new Error(`${where} is not a simple glyph`);
  const points = glyph.readUInt16BE(10 + (contours - 1) * 2) + 1;
  const flagsStart = 12 + contours * 2 + glyph.readUInt16BE(10 + contours * 2);
  const flags: number[] = [];
  const flagBytes = Buffer.from(glyph.subarray(flagsStart));
  let at = 0;
  while (flags.length < points) {
    const flag = flagBytes[at] ?? 0;
    flagBytes[at] = flag & (ON_CURVE_AND_X | REPEAT);
    at += 1;
    const count = flag & REPEAT ? 1 + (flagBytes[at++] ?? 0) : 1;
    for (let i = 0; i < count; i++) flags.push(flag);
  }
  let y = flagsStart + at;
  for (const flag of flags) y += flag & 0x02 ? 1 : flag & 0x10 ? 0 : 2;
  const xEnd = y;
  const ys = Buffer.alloc(points * 2);
  flags.forEach((flag, i) => {
    let delta = 0;
    if (flag & Y_SHORT) delta = (flag & Y_SAME_OR_POSITIVE ? 1 : -1) * (glyph[y++] ?? 0);
    else if (!(flag & Y_SAME_OR_POSITIVE)) {
      delta = glyph.readInt16BE(y);
      y += 2;
    }
    ys.writeInt16BE(i === 0 ? delta + raise : delta, i * 2);
  });
  const header = Buffer.from(glyph.subarray(0, flagsStart));
  header.writeInt16BE(glyph.readInt16BE(4) + raise, 4);
  header.writeInt16BE(glyph.readInt16BE(8) + raise, 8);
  return Buffer.concat([
    header,
    flagBytes.subarray(0, at),
    glyph.subarray(flagsStart + at, xEnd),
    ys,
  ]);
}

/**
 * The font of a WOFF file with the glyphs of `fix` moved up, as a TrueType file; the WOFF itself
 * when none of those characters is in it.
 */
export function fixBaselines(woff: Buffer, fix: BaselineFix | undefined, file: string): Buffer {
  if (!fix) return woff;
  const { flavor, tables } = woffTables(woff, file);
  const cmap = table(tables, 'cmap', file);
  const glyf = table(tables, 'glyf', file);
  const offsets = glyphOffsets(tables, file);
  const replaced = new Map<number, Buffer>();
  for (const [character, shipped] of Object.entries(fix.glyphs)) {
    const id = glyphId(cmap, character, file);
    if (id === 0) continue;
    const glyph = glyf.subarray(offsets[id], offsets[id + 1]);
    const yMin = glyph.readInt16BE(4);
    if (yMin !== shipped) {
      throw new Error(
        `social cards: in ${file}, "${character}" has yMin ${String(yMin)}, not ${String(shipped)} ` +
          'as src/plugins/socialCards/baselineFix.ts expects: the font changed (google/fonts#9838 ' +
          'fixed?). Check the rendered cards and update or remove the entry.',
      );
    }
    replaced.set(id, raiseGlyph(glyph, fix.raise, `${file} "${character}"`));
  }
  if (replaced.size === 0) return woff;
  const glyphs: Buffer[] = [];
  const loca = Buffer.alloc(offsets.length * 4);
  let offset = 0;
  for (let id = 0; id < offsets.length - 1; id++) {
    const glyph = replaced.get(id) ?? glyf.subarray(offsets[id], offsets[id + 1]);
    const padded = Buffer.concat([glyph, Buffer.alloc((4 - (glyph.length % 4)) % 4)]);
    loca.writeUInt32BE(offset, id * 4);
    glyphs.push(padded);
    offset += padded.length;
  }
  loca.writeUInt32BE(offset, (offsets.length - 1) * 4);
  const head = Buffer.from(table(tables, 'head', file));
  head.writeInt16BE(1, 50);
  return sfnt(
    flavor,
    new Map([...tables, ['glyf', Buffer.concat(glyphs)], ['loca', loca], ['head', head]]),
  );
}
