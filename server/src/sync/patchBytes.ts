// A view patch written as msgpack by hand around values encoded once: a message posted in a
// channel thirteen seats and Control read appears in fourteen different patches (each seat's own
// numbers and unread counts), but its view is one object, so its bytes are made once and copied
// into each patch. The result is the msgpack `packr.pack(patch)` would give (the same values, read
// back by any msgpack decoder); only the work to get there is shared (ADR 0011).
import { Packr } from 'msgpackr';
import type { PatchPath, ViewPatch, ViewPatchOp } from '@council/shared';

/** As Colyseus packs messages: plain msgpack, readable by decoders other than msgpackr. */
const packr = new Packr({ useRecords: false });

/**
 * Values in views are never changed once built (a new view is a new object wherever it differs),
 * so an object's bytes can be kept as long as the object lives.
 */
export class PatchEncoder {
  private readonly encoded = new WeakMap<object, Uint8Array>();
  private buffer = Buffer.allocUnsafe(4096);
  private offset = 0;

  /** The patch's msgpack bytes, valid until the next call (copy them to keep them). */
  encode(patch: ViewPatch): Uint8Array {
    this.offset = 0;
    this.mapHeader(2);
    this.string('n');
    this.value(patch.n);
    this.string('ops');
    this.arrayHeader(patch.ops.length);
    for (const op of patch.ops) this.op(op);
    return this.buffer.subarray(0, this.offset);
  }

  private op(op: ViewPatchOp): void {
    this.mapHeader(2);
    this.string('p');
    this.path(op.p);
    if ('a' in op) {
      this.string('a');
      this.arrayHeader(op.a.length);
      // Appended items (messages, reports) are the objects many seats are sent alike.
      for (const item of op.a) this.value(item);
    } else if ('v' in op) {
      this.string('v');
      this.value(op.v);
    } else {
      this.string('d');
      this.value(op.d);
    }
  }

  private path(path: PatchPath): void {
    this.arrayHeader(path.length);
    for (const key of path) this.value(key);
  }

  private value(value: unknown): void {
    if (value === null) return this.byte(0xc0);
    if (value === true) return this.byte(0xc3);
    if (value === false) return this.byte(0xc2);
    if (typeof value === 'string') return this.string(value);
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      Math.abs(value) <= 0x7fffffff &&
      !Object.is(value, -0)
    )
      return this.integer(value);
    if (typeof value === 'object') {
      let bytes = this.encoded.get(value);
      if (!bytes) {
        bytes = Uint8Array.prototype.slice.call(packr.pack(value));
        this.encoded.set(value, bytes);
      }
      return this.bytes(bytes);
    }
    // Fractions, undefined and anything rarer: as msgpackr writes them.
    this.bytes(packr.pack(value));
  }

  private integer(n: number): void {
    this.room(5);
    const b = this.buffer;
    if (n >= 0) {
      if (n < 0x80) b[this.offset++] = n;
      else if (n < 0x100) {
        b[this.offset++] = 0xcc;
        b[this.offset++] = n;
      } else if (n < 0x10000) {
        b[this.offset++] = 0xcd;
        this.offset = b.writeUInt16BE(n, this.offset);
      } else {
        b[this.offset++] = 0xce;
        this.offset = b.writeUInt32BE(n, this.offset);
      }
    } else if (n >= -32) b[this.offset++] = 0x100 + n;
    else {
      b[this.offset++] = 0xd2;
      this.offset = b.writeInt32BE(n, this.offset);
    }
  }

  private string(s: string): void {
    // At most 3 UTF-8 bytes a UTF-16 unit, and a 5-byte header.
    this.room(s.length * 3 + 5);
    const b = this.buffer;
    // Keys and short values (`channels`, `unread`, ids) are ASCII: written a byte at a time, which
    // costs less than a call into the UTF-8 encoder for each.
    if (s.length < 32 && writesAscii(b, this.offset + 1, s)) {
      b[this.offset] = 0xa0 | s.length;
      this.offset += 1 + s.length;
      return;
    }
    const length = Buffer.byteLength(s, 'utf8');
    if (length < 32) b[this.offset++] = 0xa0 | length;
    else if (length < 0x100) {
      b[this.offset++] = 0xd9;
      b[this.offset++] = length;
    } else if (length < 0x10000) {
      b[this.offset++] = 0xda;
      this.offset = b.writeUInt16BE(length, this.offset);
    } else {
      b[this.offset++] = 0xdb;
      this.offset = b.writeUInt32BE(length, this.offset);
    }
    this.offset += b.write(s, this.offset, 'utf8');
  }

  private mapHeader(size: number): void {
    // Ops and patches have two keys: a fixmap always serves.
    this.byte(0x80 | size);
  }

  private arrayHeader(length: number): void {
    this.room(5);
    const b = this.buffer;
    if (length < 16) b[this.offset++] = 0x90 | length;
    else if (length < 0x10000) {
      b[this.offset++] = 0xdc;
      this.offset = b.writeUInt16BE(length, this.offset);
    } else {
      b[this.offset++] = 0xdd;
      this.offset = b.writeUInt32BE(length, this.offset);
    }
  }

  private byte(b: number): void {
    this.room(1);
    this.buffer[this.offset++] = b;
  }

  private bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.offset);
    this.offset += bytes.length;
  }

  /** Grows the buffer (doubling, keeping what is written) so that `n` more bytes fit. */
  private room(n: number): void {
    if (this.offset + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.offset + n) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.offset);
    this.buffer = grown;
  }
}

/** Writes `s` at `at` if every unit of it is ASCII; false (and bytes to be overwritten) if not. */
function writesAscii(b: Buffer, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return false;
    b[at + i] = c;
  }
  return true;
}
