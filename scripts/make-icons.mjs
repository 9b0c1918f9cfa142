// Draws the toolbar/store icons (icons/icon-{16,32,48,128}.png) without any image tool:
// a rounded blue square with three white "text lines" of decreasing length (clean text).
// Shapes are signed-distance functions, supersampled 4x4 per pixel for anti-aliasing.
import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SIZES = [16, 32, 48, 128]
const BACKGROUND = [29, 78, 216] // #1d4ed8
const INK = [255, 255, 255]

/** Distance to a rounded rectangle centred at (cx, cy) with half-size (hw, hh) and radius r; < 0 inside. */
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** Colour of the unit-square icon at (x, y): [r, g, b, alpha]. */
function shade(x, y) {
  if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.2) > 0) return [0, 0, 0, 0]
  const lines = [
    [0.3, 0.62],
    [0.5, 0.62],
    [0.7, 0.42],
  ]
  for (const [cy, length] of lines) {
    const left = 0.19
    if (roundedRect(x, y, left + length / 2, cy, length / 2, 0.055, 0.055) <= 0) return [...INK, 255]
  }
  return [...BACKGROUND, 255]
}

function render(size) {
  const samples = 4
  const rows = []
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0 + RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
          sum[0] += r * a
          sum[1] += g * a
          sum[2] += b * a
          sum[3] += a
        }
      }
      const alpha = sum[3] / (samples * samples)
      const offset = 1 + px * 4
      for (let c = 0; c < 3; c++) row[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0
      row[offset + 3] = Math.round(alpha)
    }
    rows.push(row)
  }
  return png(size, size, Buffer.concat(rows))
}

function png(width, height, raw) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function crc32(buffer) {
  let crc = 0xffffffff
  for (const byte of buffer) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

mkdirSync(path.join(root, 'icons'), { recursive: true })
for (const size of SIZES) writeFileSync(path.join(root, 'icons', `icon-${size}.png`), render(size))
console.log(`wrote icons/icon-{${SIZES.join(',')}}.png`)
