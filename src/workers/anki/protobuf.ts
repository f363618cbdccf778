// The few protobuf messages of an Anki package (proto/anki/*.proto in Anki's source): read
// field by field, unknown fields skipped, as protobuf readers do.

export type ProtoField = { field: number; varint: number; bytes: Uint8Array | null };

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;
const FIXED64_BYTES = 8;
const FIXED32_BYTES = 4;
const VARINT_PAYLOAD = 0x7f;
const VARINT_MORE = 0x80;
const VARINT_SHIFT = 128;

export class ProtobufError extends Error {
  override readonly name = 'ProtobufError';
}

/** Every field of a message in order; varints above 2^53 lose precision, which no field here needs. */
export function readProtoFields(bytes: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let at = 0;
  const readVarint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at];
      if (byte === undefined) throw new ProtobufError('a number runs past the end');
      at += 1;
      value += (byte & VARINT_PAYLOAD) * scale;
      if ((byte & VARINT_MORE) === 0) return value;
      scale *= VARINT_SHIFT;
    }
  };
  while (at < bytes.length) {
    const key = readVarint();
    const wire = key % 8;
    const field = Math.floor(key / 8);
    if (wire === WIRE_VARINT) fields.push({ field, varint: readVarint(), bytes: null });
    else if (wire === WIRE_BYTES) {
      const length = readVarint();
      if (at + length > bytes.length) throw new ProtobufError('a field runs past the end');
      fields.push({ field, varint: 0, bytes: bytes.subarray(at, at + length) });
      at += length;
    } else if (wire === WIRE_FIXED64) at += FIXED64_BYTES;
    else if (wire === WIRE_FIXED32) at += FIXED32_BYTES;
    else throw new ProtobufError(`unknown wire type ${wire}`);
  }
  if (at > bytes.length) throw new ProtobufError('a field runs past the end');
  return fields;
}

const utf8 = new TextDecoder();

/** The last value of a string field (protobuf's rule for repeated scalars), or "". */
export function readProtoString(fields: readonly ProtoField[], field: number): string {
  const found = fields.findLast((entry) => entry.field === field && entry.bytes !== null);
  return found?.bytes ? utf8.decode(found.bytes) : '';
}

export function readProtoVarint(fields: readonly ProtoField[], field: number): number {
  return fields.findLast((entry) => entry.field === field && entry.bytes === null)?.varint ?? 0;
}

export function readProtoMessages(fields: readonly ProtoField[], field: number): Uint8Array[] {
  return fields.flatMap((entry) =>
    entry.field === field && entry.bytes !== null ? [entry.bytes] : [],
  );
}
