// Preloaded into a build (NODE_OPTIONS=--import): counts the bytes read from each file under KEFU_DATA and appends them to KEFU_READ_SPY at exit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const folder = resolve(process.env.KEFU_DATA ?? '.');
const bytes = {};
const fileOf = new Map();
const nameOf = (path) => {
  const file = typeof path === 'string' ? resolve(path) : '';
  return file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : undefined;
};
const add = (name, n) => {
  if (name !== undefined) bytes[name] = (bytes[name] ?? 0) + n;
};
const { openSync, closeSync, readSync, readFileSync } = fs;
fs.openSync = function (path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  fileOf.set(fd, nameOf(path));
  return fd;
};
fs.closeSync = function (fd) {
  fileOf.delete(fd);
  return closeSync.call(this, fd);
};
fs.readSync = function (fd, ...rest) {
  const n = readSync.call(this, fd, ...rest);
  add(fileOf.get(fd), n);
  return n;
};
fs.readFileSync = function (path, ...rest) {
  const out = readFileSync.call(this, path, ...rest);
  add(nameOf(path), typeof out === 'string' ? Buffer.byteLength(out) : out.length);
  return out;
};
syncBuiltinESMExports();
process.on('exit', () => fs.appendFileSync(process.env.KEFU_READ_SPY, `${JSON.stringify(bytes)}\n`));
