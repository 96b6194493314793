// A minimal ZIP writer (deflate, UTF-8 names, fixed timestamps so the same files give the same bytes): an .h5p
// package is a ZIP file, and this avoids a dependency for one archive.
import { crc32, deflateRawSync } from 'node:zlib';

const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the ZIP epoch

/** The ZIP archive of `files`: `[path inside the archive ('/' separated), contents]` pairs, in that order. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [path, contents] of files) {
    const name = Buffer.from(path, 'utf8');
    const data = Buffer.from(contents);
    const packed = deflateRawSync(data, { level: 9 });
    const fields = (head) => {
      head.writeUInt16LE(0x0800, 6); // flags: the name is UTF-8
      head.writeUInt16LE(8, 8); // deflate
      head.writeUInt16LE(0, 10);
      head.writeUInt16LE(DOS_DATE, 12);
      head.writeUInt32LE(crc32(data), 14);
      head.writeUInt32LE(packed.length, 18);
      head.writeUInt32LE(data.length, 22);
      head.writeUInt16LE(name.length, 26);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central.subarray(2)); // the central header has the same fields, two bytes later
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
