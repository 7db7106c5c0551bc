/**
 * Generates the Teams app icons with Node built-ins only (zlib for the PNG data stream):
 *   manifest/color.png    192×192, a white "S" on a solid blue background
 *   manifest/outline.png   32×32, a white "S" on a transparent background
 *
 * Run: `npx tsx scripts/make-icons.ts` (the generated PNGs are kept in the repository;
 * `scripts/build-manifest.ts` only copies them into the app package).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes, row-major, non-premultiplied RGBA */
  readonly data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

/** Background of color.png and the app's accentColor. */
export const ACCENT_HEX = '#1F5AA6';
const ACCENT_RGB: Rgb = [0x1f, 0x5a, 0xa6];
const WHITE: Rgb = [255, 255, 255];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, body: Uint8Array): Buffer {
  const typeAndBody = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const out = Buffer.alloc(8 + body.length + 4);
  out.writeUInt32BE(body.length, 0);
  typeAndBody.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndBody), 8 + body.length);
  return out;
}

/** Encodes an RGBA image as an 8-bit truecolour-with-alpha, non-interlaced PNG. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width * height * 4} bytes of RGBA data, got ${data.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for every scanline
    Buffer.from(data.buffer, data.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

interface Arc {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** start angle in degrees, y axis pointing down (0° = right, 90° = down) */
  readonly start: number;
  /** clockwise (on screen) sweep in degrees */
  readonly sweep: number;
}

function distanceToArc(px: number, py: number, arc: Arc): number {
  const dx = px - arc.cx;
  const dy = py - arc.cy;
  const angle = ((Math.atan2(dy, dx) * 180) / Math.PI + 360) % 360;
  const offset = (angle - arc.start + 720) % 360;
  if (offset <= arc.sweep) return Math.abs(Math.hypot(dx, dy) - arc.r);
  const endpoint = (deg: number): number => {
    const rad = (deg * Math.PI) / 180;
    return Math.hypot(px - (arc.cx + arc.r * Math.cos(rad)), py - (arc.cy + arc.r * Math.sin(rad)));
  };
  return Math.min(endpoint(arc.start), endpoint(arc.start + arc.sweep));
}

/**
 * Coverage (0..1) of a stroked letter "S" at each pixel: two 240° arcs, one above the other,
 * drawn with round caps and 4×4 supersampling.
 */
function letterSCoverage(size: number): Float64Array {
  const r = size * 0.13;
  const halfStroke = size * 0.055;
  const cx = size / 2;
  const cy = size / 2;
  const arcs: readonly Arc[] = [
    // upper bowl: from the bottom of the upper circle (the spine) round the left and over the top
    { cx, cy: cy - r, r, start: 90, sweep: 240 },
    // lower bowl: from the top of the lower circle (the spine) round the right and under the bottom
    { cx, cy: cy + r, r, start: 270, sweep: 240 },
  ];
  const samples = 4;
  const coverage = new Float64Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          if (arcs.some((arc) => distanceToArc(px, py, arc) <= halfStroke)) hits++;
        }
      }
      coverage[y * size + x] = hits / (samples * samples);
    }
  }
  return coverage;
}

/** 192×192: white "S" on a solid accent-coloured background, fully opaque. */
export function drawColorIcon(size = 192): RgbaImage {
  const coverage = letterSCoverage(size);
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const a = coverage[i] ?? 0;
    for (let c = 0; c < 3; c++) {
      data[i * 4 + c] = Math.round((WHITE[c] ?? 0) * a + (ACCENT_RGB[c] ?? 0) * (1 - a));
    }
    data[i * 4 + 3] = 255;
  }
  return { width: size, height: size, data };
}

/** 32×32: white "S" on transparent; anti-aliasing only varies the alpha channel. */
export function drawOutlineIcon(size = 32): RgbaImage {
  const coverage = letterSCoverage(size);
  const data = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const alpha = Math.round((coverage[i] ?? 0) * 255);
    // fully transparent pixels are written as 0,0,0,0; every visible pixel is pure white
    const value = alpha === 0 ? 0 : 255;
    data[i * 4] = value;
    data[i * 4 + 1] = value;
    data[i * 4 + 2] = value;
    data[i * 4 + 3] = alpha;
  }
  return { width: size, height: size, data };
}

export function writeIcons(manifestDir: URL): void {
  writeFileSync(new URL('color.png', manifestDir), encodePng(drawColorIcon()));
  writeFileSync(new URL('outline.png', manifestDir), encodePng(drawOutlineIcon()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestDir = new URL('../manifest/', import.meta.url);
  writeIcons(manifestDir);
  console.log(`wrote ${fileURLToPath(new URL('color.png', manifestDir))} and outline.png`);
}
